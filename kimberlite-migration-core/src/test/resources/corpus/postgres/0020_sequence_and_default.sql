-- Migration: invoice numbers
CREATE SEQUENCE clinic.invoice_number START 1000;
CREATE TABLE clinic.invoices (
    number     BIGINT PRIMARY KEY DEFAULT nextval('clinic.invoice_number'),
    patient_id BIGINT NOT NULL REFERENCES clinic.patients (id),
    amount     NUMERIC(10, 2) NOT NULL CHECK (amount >= 0)
);
-- Down Migration
DROP TABLE clinic.invoices;
DROP SEQUENCE clinic.invoice_number;
