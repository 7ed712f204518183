-- Migration: age function with a standard body
CREATE FUNCTION clinic.age_in_years(birth DATE) RETURNS INT
LANGUAGE SQL
BEGIN ATOMIC
    SELECT CASE WHEN birth IS NULL THEN NULL
                ELSE extract(year FROM age(birth))::int END;
END;
-- Down Migration
DROP FUNCTION clinic.age_in_years(DATE);
