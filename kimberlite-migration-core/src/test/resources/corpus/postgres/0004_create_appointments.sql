-- Migration: create appointments
CREATE TABLE clinic.appointments (
    id              BIGSERIAL PRIMARY KEY,
    patient_id      BIGINT NOT NULL REFERENCES clinic.patients (id),
    practitioner_id BIGINT NOT NULL REFERENCES clinic.practitioners (id),
    starts_at       TIMESTAMPTZ NOT NULL,
    notes           TEXT
);
/* nested /* block */ comment; with a semicolon */
CREATE INDEX appointments_patient ON clinic.appointments (patient_id);
-- Down Migration
DROP TABLE clinic.appointments;
