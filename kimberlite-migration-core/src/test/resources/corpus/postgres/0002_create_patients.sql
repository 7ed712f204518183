-- Migration: create patients

CREATE TABLE clinic.patients (
    id          BIGSERIAL PRIMARY KEY,
    mrn         VARCHAR(20) NOT NULL UNIQUE,
    full_name   TEXT NOT NULL,
    birth_date  DATE NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Down Migration
DROP TABLE clinic.patients;
