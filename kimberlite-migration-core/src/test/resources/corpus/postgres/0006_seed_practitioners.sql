-- Migration: seed practitioners
INSERT INTO clinic.practitioners (full_name, specialty) VALUES
    ('Dr. Ada O''Brien', 'cardiology; interventional'),
    ('Dr. Li "Lee" Wei', 'general -- practice'),
    ('Dr. Ümit Çelik', 'pediatrics /* kids */');
-- Down Migration
DELETE FROM clinic.practitioners;
