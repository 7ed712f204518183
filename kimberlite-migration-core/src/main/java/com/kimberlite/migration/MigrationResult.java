package com.kimberlite.migration;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What happened to one migration in an apply or a rollback.
 *
 * @param id the migration's id
 * @param name its name
 * @param state its state afterwards: {@link MigrationState#APPLIED} after apply,
 *     {@link MigrationState#PENDING} after a rollback or in a dry run
 * @param duration how long its statements ran; zero in a dry run
 * @param statements in a dry run, the exact statements that would run, in order; otherwise empty
 * @param note a remark for the user, such as that a forced rollback kept the database's changes;
 *     empty when there is none
 */
public record MigrationResult(long id, String name, MigrationState state, Duration duration,
        List<String> statements, String note) {

    /** Copies the list and checks for {@code null}. */
    public MigrationResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(duration, "duration");
        statements = List.copyOf(statements);
        Objects.requireNonNull(note, "note");
    }
}
