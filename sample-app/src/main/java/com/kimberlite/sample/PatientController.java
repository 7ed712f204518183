package com.kimberlite.sample;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The clinic's REST API: {@code /patients} and their appointments. */
@RestController
@RequestMapping("/patients")
public class PatientController {

    private final ClinicRepository clinic;

    /**
     * @param clinic where patients and appointments are stored
     */
    public PatientController(ClinicRepository clinic) {
        this.clinic = clinic;
    }

    /** @return every patient */
    @GetMapping
    public List<Patient> patients() {
        return this.clinic.patients();
    }

    /**
     * @param patient the new patient: {@code name} and optionally {@code birthDate}
     * @return 201 with the stored patient
     */
    @PostMapping
    public ResponseEntity<Patient> add(@RequestBody Patient patient) {
        if (patient.name() == null || patient.name().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A patient needs a name");
        }
        Patient stored = this.clinic.add(patient);
        return ResponseEntity.created(URI.create("/patients/" + stored.id())).body(stored);
    }

    /**
     * @param id a patient's id
     * @return the patient's appointments; 404 when there is no such patient
     */
    @GetMapping("/{id}/appointments")
    public List<Appointment> appointments(@PathVariable long id) {
        requirePatient(id);
        return this.clinic.appointments(id);
    }

    /**
     * @param id a patient's id
     * @param appointment the new appointment: {@code startsAt} and optionally {@code reason}
     * @return 201 with the stored appointment; 404 when there is no such patient
     */
    @PostMapping("/{id}/appointments")
    public ResponseEntity<Appointment> addAppointment(@PathVariable long id, @RequestBody Appointment appointment) {
        requirePatient(id);
        if (appointment.startsAt() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "An appointment needs startsAt");
        }
        Appointment stored = this.clinic
            .add(new Appointment(null, id, appointment.startsAt(), appointment.reason()));
        return ResponseEntity.created(URI.create("/patients/" + id + "/appointments")).body(stored);
    }

    private void requirePatient(long id) {
        if (this.clinic.patient(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No patient " + id);
        }
    }
}
