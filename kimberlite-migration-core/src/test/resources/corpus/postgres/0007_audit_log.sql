-- Migration: audit log
CREATE TABLE clinic.audit_log (
    id         BIGSERIAL PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_id     BIGINT NOT NULL,
    action     TEXT NOT NULL,
    at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- Down Migration
DROP TABLE clinic.audit_log;
