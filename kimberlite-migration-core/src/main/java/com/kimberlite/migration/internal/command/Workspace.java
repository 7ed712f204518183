package com.kimberlite.migration.internal.command;

import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.LockFile;
import com.kimberlite.migration.MigrationConfig;
import com.kimberlite.migration.MigrationException;
import com.kimberlite.migration.MigrationExecutor;
import com.kimberlite.migration.MigrationFile;
import com.kimberlite.migration.MigrationTracker;
import com.kimberlite.migration.RecordedMigration;
import com.kimberlite.migration.internal.validation.Snapshot;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every command works on: the configuration, the tracker and, when a database is configured,
 * the executor.
 *
 * @param config where migrations and state live
 * @param tracker where applied migrations are recorded
 * @param executor what runs migrations, if a database is configured
 */
public record Workspace(MigrationConfig config, MigrationTracker tracker, Optional<MigrationExecutor> executor) {

    /** Checks that no component is {@code null}. */
    public Workspace {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(tracker, "tracker");
        Objects.requireNonNull(executor, "executor");
    }

    /**
     * Reads the files, the lock file and the tracker's whole records once.
     *
     * @return the snapshot; started marks that already have their record are not counted as
     *     interrupted (the process ended between writing the record and clearing the mark)
     */
    public Snapshot<AppliedMigration> snapshot() {
        List<MigrationFile> files = MigrationFile.discover(config.migrationsDir());
        LockFile lock = LockFile.load(config.lockFilePath());
        MigrationTracker.Records records = tracker.listRecords();
        return snapshot(files, lock, records.applied(), interrupted(records));
    }

    /**
     * Reads the files, the lock file and what checking them needs of the tracker's records once:
     * for {@link com.kimberlite.migration.internal.validation.Validator#checked}, as applying
     * needs.
     *
     * @return the snapshot; interrupted as in {@link #snapshot()}
     */
    public Snapshot<RecordedMigration> snapshotToCheck() {
        List<MigrationFile> files = MigrationFile.discover(config.migrationsDir());
        LockFile lock = LockFile.load(config.lockFilePath());
        MigrationTracker.Checksums checksums = tracker.listChecksums();
        return snapshot(files, lock, checksums.applied(), checksums.interrupted());
    }

    private <R extends RecordedMigration> Snapshot<R> snapshot(List<MigrationFile> files, LockFile lock,
            List<R> applied, Set<Long> interrupted) {
        return new Snapshot<>(files, lock, config.lockFilePath().toString(), applied, tracker.describe(), interrupted,
                config.migrationsDir().toString());
    }

    private static Set<Long> interrupted(MigrationTracker.Records records) {
        return records.started().stream().map(AppliedMigration::id).collect(Collectors.toSet());
    }

    /**
     * @return the executor
     * @throws MigrationException if no database is configured
     */
    public MigrationExecutor requireExecutor() {
        return executor.orElseThrow(() -> new MigrationException("No database is configured, so migrations cannot be"
                + " run. Create the MigrationManager with a DataSource (or pass --url to the command line tool)."));
    }
}
