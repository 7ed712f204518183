package com.kimberlite.migration;

import java.util.Objects;
import java.util.Optional;

/**
 * One migration in a {@link MigrationStatus}: what is known of it from its file, its lock entry
 * and its record, and the state that follows.
 *
 * @param id the migration's id
 * @param name its name: from the file when there is one, else as recorded
 * @param state its state
 * @param file its file, unless {@link MigrationState#MISSING}
 * @param applied the record of its application, if any
 * @param lockEntry its lock entry, if locked
 */
public record MigrationInfo(long id, String name, MigrationState state, Optional<MigrationFile> file,
        Optional<AppliedMigration> applied, Optional<LockEntry> lockEntry) {

    /** Checks that no component is {@code null}. */
    public MigrationInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(applied, "applied");
        Objects.requireNonNull(lockEntry, "lockEntry");
    }

    /**
     * The checksum to show: the file's current checksum, or, for a missing file, the recorded one.
     *
     * @return lowercase hex SHA-256
     */
    public String checksum() {
        return file.map(MigrationFile::checksum)
                .or(() -> applied.map(AppliedMigration::checksum))
                .or(() -> lockEntry.map(LockEntry::checksum))
                .orElse("");
    }

    /** @return whether the migration is locked in the lock file */
    public boolean locked() {
        return lockEntry.isPresent();
    }
}
