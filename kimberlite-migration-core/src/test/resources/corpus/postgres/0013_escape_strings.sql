-- Migration: notes with escapes
INSERT INTO clinic.audit_log (table_name, row_id, action) VALUES ('notes', 0, E'line one;\nline two \'quoted\'');
INSERT INTO clinic.audit_log (table_name, row_id, action) VALUES ('notes', 1, $q$dollar; quoted 'text'$q$);
-- Down Migration
DELETE FROM clinic.audit_log WHERE table_name = 'notes';
