-- Migration: audit patients
CREATE TRIGGER patients_audit
    AFTER INSERT OR UPDATE ON clinic.patients
    FOR EACH ROW EXECUTE FUNCTION clinic.audit_row();
-- Down Migration
DROP TRIGGER patients_audit ON clinic.patients;
