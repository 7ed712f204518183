-- Migration: audit trigger function
CREATE FUNCTION clinic.audit_row() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    INSERT INTO clinic.audit_log (table_name, row_id, action)
    VALUES (TG_TABLE_NAME, NEW.id, TG_OP);
    RETURN NEW;
END;
$fn$;
-- Down Migration
DROP FUNCTION clinic.audit_row();
