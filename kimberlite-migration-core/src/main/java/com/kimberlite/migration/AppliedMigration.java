package com.kimberlite.migration;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The record that a migration was applied: one {@code [[migrations]]} table of
 * {@code applied.toml}, or one row of the {@code jdbc} tracker's table.
 *
 * @param id the migration's id
 * @param name the migration's name when it was applied
 * @param checksum the checksum of the SQL that was applied
 * @param appliedAt when it was applied (UTC)
 * @param appliedBy who applied it, if known
 * @param executionMs how long it ran, in milliseconds, if known (Kimberlite's own tool does not
 *     record it)
 */
public record AppliedMigration(long id, String name, String checksum, Instant appliedAt,
        Optional<String> appliedBy, OptionalLong executionMs) implements RecordedMigration {

    /** Checks that no component is {@code null}. */
    public AppliedMigration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(appliedAt, "appliedAt");
        Objects.requireNonNull(appliedBy, "appliedBy");
        Objects.requireNonNull(executionMs, "executionMs");
    }
}
