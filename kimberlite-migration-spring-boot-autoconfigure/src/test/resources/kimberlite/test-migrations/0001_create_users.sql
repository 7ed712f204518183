-- Migration: create_users
CREATE TABLE users (
    id BIGINT PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

-- Down Migration
DROP TABLE users;
