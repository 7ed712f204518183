-- Migration: partial index on open appointments
CREATE INDEX appointments_open ON clinic.appointments (starts_at) WHERE status IN ('booked', 'arrived');
COMMENT ON INDEX clinic.appointments_open IS 'open; by start time';
-- Down Migration
DROP INDEX clinic.appointments_open;
