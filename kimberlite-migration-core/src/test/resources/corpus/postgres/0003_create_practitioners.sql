-- Migration: create practitioners
CREATE TABLE clinic.practitioners (
    id        BIGSERIAL PRIMARY KEY,
    full_name TEXT NOT NULL,
    specialty TEXT NOT NULL CHECK (specialty <> '')
);
-- Down Migration
DROP TABLE clinic.practitioners;
