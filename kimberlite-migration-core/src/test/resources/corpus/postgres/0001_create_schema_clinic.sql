-- Migration: create clinic schema
-- Author: clinic-team

CREATE SCHEMA clinic;

-- Down Migration
DROP SCHEMA clinic;
