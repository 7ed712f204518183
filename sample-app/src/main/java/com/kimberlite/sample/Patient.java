package com.kimberlite.sample;

import java.time.LocalDate;

/**
 * A patient of the clinic.
 *
 * @param id the patient's id, assigned by the database
 * @param name the patient's name
 * @param birthDate the patient's date of birth, if known
 */
public record Patient(Long id, String name, LocalDate birthDate) {
}
