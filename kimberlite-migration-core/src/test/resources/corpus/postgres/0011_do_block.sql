-- Migration: backfill with a DO block
DO $$
DECLARE
    i INT;
BEGIN
    FOR i IN 1..5 LOOP
        INSERT INTO clinic.patients (mrn, full_name, birth_date)
        VALUES ('MRN-' || i, 'Patient ' || i || '; seeded', DATE '1980-01-01' + i);
    END LOOP;
END
$$;
-- Down Migration
DELETE FROM clinic.audit_log WHERE table_name = 'patients';
DELETE FROM clinic.patients WHERE mrn LIKE 'MRN-%';
