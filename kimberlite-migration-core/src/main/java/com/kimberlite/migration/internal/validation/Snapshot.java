package com.kimberlite.migration.internal.validation;

import com.kimberlite.migration.LockFile;
import com.kimberlite.migration.MigrationFile;
import com.kimberlite.migration.RecordedMigration;
import java.util.List;
import java.util.Set;

/**
 * Everything validation looks at, read once: the migration files, the lock file, the records of
 * the tracker and the ids whose application was interrupted.
 *
 * @param <R> what each of the tracker's records holds
 * @param files the migration files, sorted by id
 * @param lock the lock file
 * @param lockSource where the lock file was read from, for messages
 * @param applied the tracker's records: whole ({@link com.kimberlite.migration.AppliedMigration})
 *     for a status, or only what checking needs
 * @param trackerSource where the records were read from, for messages
 * @param interrupted ids whose application started and never finished
 * @param migrationsDir the migrations folder, for messages
 */
public record Snapshot<R extends RecordedMigration>(List<MigrationFile> files, LockFile lock, String lockSource,
        List<R> applied, String trackerSource, Set<Long> interrupted, String migrationsDir) {

    /** Copies the collections. */
    public Snapshot {
        files = List.copyOf(files);
        applied = List.copyOf(applied);
        interrupted = Set.copyOf(interrupted);
    }
}
