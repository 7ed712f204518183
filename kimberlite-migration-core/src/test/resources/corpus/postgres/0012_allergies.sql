-- Migration: allergies
CREATE TABLE clinic.allergies (
    patient_id BIGINT NOT NULL REFERENCES clinic.patients (id) ON DELETE CASCADE,
    substance  TEXT NOT NULL,
    severity   SMALLINT NOT NULL CHECK (severity BETWEEN 1 AND 5),
    PRIMARY KEY (patient_id, substance)
);
-- Down Migration
DROP TABLE clinic.allergies;
