-- Migration: index_appointments_by_patient
-- Created: 2026-03-02T09:10:00+00:00
-- Author: clinic team

-- Up Migration
CREATE INDEX idx_appointments_patient ON appointments (patient_id, starts_at);

-- Down Migration
DROP INDEX idx_appointments_patient;
