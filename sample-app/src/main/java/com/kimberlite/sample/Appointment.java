package com.kimberlite.sample;

import java.time.LocalDateTime;

/**
 * An appointment of a patient.
 *
 * @param id the appointment's id, assigned by the database
 * @param patientId the patient's id
 * @param startsAt when the appointment starts
 * @param reason why the patient comes, if given
 */
public record Appointment(Long id, Long patientId, LocalDateTime startsAt, String reason) {
}
