package com.kimberlite.sample;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Patients and appointments, read and written with {@link JdbcClient}. */
@Repository
public class ClinicRepository {

    /** Columns named as the record's components, so that each is found at the first try. */
    private static final String PATIENTS = "SELECT id, name, birth_date AS birthDate FROM patients";

    private final JdbcClient jdbc;

    /**
     * @param jdbc the client of the clinic's database
     */
    public ClinicRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return every patient, by id */
    public List<Patient> patients() {
        return this.jdbc.sql(PATIENTS + " ORDER BY id").query(Patient.class).list();
    }

    /**
     * @param id a patient's id
     * @return the patient, if there is one
     */
    public Optional<Patient> patient(long id) {
        return this.jdbc.sql(PATIENTS + " WHERE id = ?")
            .param(id)
            .query(Patient.class)
            .optional();
    }

    /**
     * @param patient the new patient; its id is ignored
     * @return the patient as stored, with its id
     */
    public Patient add(Patient patient) {
        KeyHolder keys = new GeneratedKeyHolder();
        this.jdbc.sql("INSERT INTO patients (name, birth_date) VALUES (?, ?)")
            .params(patient.name(), patient.birthDate())
            .update(keys, "id");
        return new Patient(keys.getKeyAs(Long.class), patient.name(), patient.birthDate());
    }

    /**
     * @param patientId a patient's id
     * @return the patient's appointments, by start time
     */
    public List<Appointment> appointments(long patientId) {
        return this.jdbc
            .sql("SELECT id, patient_id AS patientId, starts_at AS startsAt, reason FROM appointments"
                    + " WHERE patient_id = ? ORDER BY starts_at")
            .param(patientId)
            .query(Appointment.class)
            .list();
    }

    /**
     * @param appointment the new appointment; its id is ignored
     * @return the appointment as stored, with its id
     */
    public Appointment add(Appointment appointment) {
        KeyHolder keys = new GeneratedKeyHolder();
        this.jdbc.sql("INSERT INTO appointments (patient_id, starts_at, reason) VALUES (?, ?, ?)")
            .params(appointment.patientId(), appointment.startsAt(), appointment.reason())
            .update(keys, "id");
        return new Appointment(keys.getKeyAs(Long.class), appointment.patientId(), appointment.startsAt(),
                appointment.reason());
    }
}
