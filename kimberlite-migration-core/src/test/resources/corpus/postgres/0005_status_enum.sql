-- Migration: appointment status
CREATE TYPE clinic.appointment_status AS ENUM ('booked', 'arrived', 'done', 'cancelled');
ALTER TABLE clinic.appointments ADD COLUMN status clinic.appointment_status NOT NULL DEFAULT 'booked';
-- Down Migration
ALTER TABLE clinic.appointments DROP COLUMN status;
DROP TYPE clinic.appointment_status;
