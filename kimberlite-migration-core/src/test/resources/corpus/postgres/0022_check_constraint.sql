-- Migration: mrn format
ALTER TABLE clinic.patients ADD CONSTRAINT patients_mrn_format CHECK (mrn ~ '^[A-Z]+-[0-9]+$');
-- Down Migration
ALTER TABLE clinic.patients DROP CONSTRAINT patients_mrn_format;
