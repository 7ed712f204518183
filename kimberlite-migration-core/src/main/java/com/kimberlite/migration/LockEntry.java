package com.kimberlite.migration;

import java.util.Objects;

/**
 * One {@code [[migration]]} entry of the lock file: the checksum a migration had when it was
 * locked.
 *
 * @param id the migration's id
 * @param name the migration's name
 * @param checksum lowercase hex SHA-256 of the migration's SQL body
 */
public record LockEntry(long id, String name, String checksum) {

    /** Checks that no component is {@code null}. */
    public LockEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(checksum, "checksum");
    }

    /**
     * The entry that locks a migration file's current checksum.
     *
     * @param file the migration file
     * @return its lock entry
     */
    public static LockEntry of(MigrationFile file) {
        return new LockEntry(file.id(), file.name(), file.checksum());
    }
}
