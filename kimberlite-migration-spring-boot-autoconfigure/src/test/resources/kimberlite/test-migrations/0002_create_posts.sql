-- Migration: create_posts
CREATE TABLE posts (
    id BIGINT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    title VARCHAR(200) NOT NULL
);

-- Down Migration
DROP TABLE posts;
