-- Migration: upcoming appointments view
CREATE VIEW clinic.upcoming_appointments AS
SELECT a.id, p.full_name AS patient, pr.full_name AS practitioner, a.starts_at
FROM clinic.appointments a
JOIN clinic.patients p ON p.id = a.patient_id
JOIN clinic.practitioners pr ON pr.id = a.practitioner_id
WHERE a.starts_at > now() AND a.status = 'booked';
-- Down Migration
DROP VIEW clinic.upcoming_appointments;
