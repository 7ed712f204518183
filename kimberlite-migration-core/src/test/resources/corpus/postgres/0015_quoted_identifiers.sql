-- Migration: quoted identifiers
CREATE TABLE clinic."Billing; Codes" (
    "code;id" TEXT PRIMARY KEY,
    "label" TEXT NOT NULL
);
INSERT INTO clinic."Billing; Codes" VALUES ('A1;', 'first'), ('B2', 'it''s second');
-- Down Migration
DROP TABLE clinic."Billing; Codes";
