-- Migration: patient email
ALTER TABLE clinic.patients ADD COLUMN email TEXT;
UPDATE clinic.patients SET email = lower(replace(full_name, ' ', '.')) || '@example.org';
-- Down Migration
ALTER TABLE clinic.patients DROP COLUMN email;
