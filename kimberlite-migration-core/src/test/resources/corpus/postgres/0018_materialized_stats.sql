-- Migration: appointment stats
CREATE MATERIALIZED VIEW clinic.appointment_stats AS
SELECT practitioner_id, count(*) AS appointments
FROM clinic.appointments
GROUP BY practitioner_id;
CREATE UNIQUE INDEX appointment_stats_pk ON clinic.appointment_stats (practitioner_id);
-- Down Migration
DROP MATERIALIZED VIEW clinic.appointment_stats;
