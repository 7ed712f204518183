-- Migration: reporting role
DO $body$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'clinic_reporting') THEN
        CREATE ROLE clinic_reporting NOLOGIN;
    END IF;
END
$body$;
GRANT USAGE ON SCHEMA clinic TO clinic_reporting;
GRANT SELECT ON clinic.upcoming_appointments TO clinic_reporting;
-- Down Migration
REVOKE SELECT ON clinic.upcoming_appointments FROM clinic_reporting;
REVOKE USAGE ON SCHEMA clinic FROM clinic_reporting;
