-- Migration: index patient email concurrently
-- Transaction: none
CREATE INDEX CONCURRENTLY patients_email ON clinic.patients (email);
-- Down Migration
DROP INDEX CONCURRENTLY clinic.patients_email;
