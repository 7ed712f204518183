package com.kimberlite.migration;

import com.kimberlite.migration.internal.command.Apply;
import com.kimberlite.migration.internal.command.Repair;
import com.kimberlite.migration.internal.command.Rollback;
import com.kimberlite.migration.internal.command.Workspace;
import com.kimberlite.migration.internal.execution.JdbcExecutor;
import com.kimberlite.migration.internal.files.MigrationCreator;
import com.kimberlite.migration.internal.tracker.FileTracker;
import com.kimberlite.migration.internal.tracker.JdbcTracker;
import com.kimberlite.migration.internal.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The entry point: creates, lists, validates and records migrations of one project.
 *
 * <pre>{@code
 * MigrationManager manager = new MigrationManager(MigrationConfig.defaults());
 * MigrationFile file = manager.create("add_users_table");   // migrations/0001_add_users_table.sql
 * manager.validate();                                        // throws on any problem
 * MigrationStatus status = manager.status();
 * }</pre>
 *
 * <p>Every call reads the files it needs afresh (each migration file once per call), so a manager
 * may be kept for the life of an application. The read-only calls ({@link #status()},
 * {@link #validate()}, {@link #listFiles()}, {@link #listPending()}, {@link #listApplied()}) read a
 * fresh snapshot each time and may run concurrently, from health checks or endpoints, say; calls
 * that write ({@code apply}, {@code rollback}, {@code repair}, {@code create}, {@code lock},
 * {@code recordApplied}, {@code removeApplied}) are meant for one thread at a time, and
 * {@code apply}, {@code rollback} and {@code repair} hold the tracker's lock against other
 * processes.
 */
public final class MigrationManager {

    private final Workspace workspace;

    /**
     * A manager with the file tracker ({@code applied.toml} in the state folder).
     *
     * @param config where migrations and state live
     */
    public MigrationManager(MigrationConfig config) {
        this(config, new FileTracker(Objects.requireNonNull(config, "config").appliedFilePath()));
    }

    /**
     * A manager with a tracker of your own.
     *
     * @param config where migrations and state live
     * @param tracker where applied migrations are recorded
     */
    public MigrationManager(MigrationConfig config, MigrationTracker tracker) {
        this(config, tracker, Optional.empty());
    }

    /**
     * A manager that applies migrations to a JDBC database, recording them with the tracker that
     * {@link MigrationConfig#tracker()} names: {@code applied.toml} for {@link TrackerType#FILE},
     * a table of that database for {@link TrackerType#JDBC}.
     *
     * @param config where migrations and state live
     * @param dataSource the database to migrate
     */
    public MigrationManager(MigrationConfig config, DataSource dataSource) {
        this(config, trackerFor(config, dataSource), new JdbcExecutor(dataSource));
    }

    /**
     * A manager with a tracker and an executor of your own.
     *
     * @param config where migrations and state live
     * @param tracker where applied migrations are recorded
     * @param executor what runs the migrations' statements
     */
    public MigrationManager(MigrationConfig config, MigrationTracker tracker, MigrationExecutor executor) {
        this(config, tracker, Optional.of(Objects.requireNonNull(executor, "executor")));
    }

    private MigrationManager(MigrationConfig config, MigrationTracker tracker, Optional<MigrationExecutor> executor) {
        this.workspace = new Workspace(config, tracker, executor);
    }

    private static MigrationTracker trackerFor(MigrationConfig config, DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return config.tracker() == TrackerType.JDBC ? new JdbcTracker(dataSource, config.table())
                : new FileTracker(config.appliedFilePath());
    }

    /**
     * Validates, then applies every pending migration in id order, each in its own transaction.
     *
     * @return what was applied
     * @throws MigrationException on any validation problem (nothing runs) or failed migration
     */
    public ApplyResult apply() {
        return apply(ApplyOptions.defaults());
    }

    /**
     * Validates, then applies pending migrations as the options say.
     *
     * <p>Holds the tracker's lock for the whole run, so that several processes applying at once
     * never both run a migration; the one that waited then finds them applied. Before running
     * anything, locks the checksums of the planned migrations in the lock file. Each migration
     * runs in its own transaction (unless its header says {@code -- Transaction: none}) and is
     * recorded when it commits. A dry run takes no lock and writes nothing anywhere.
     *
     * @param options target, dry run, out-of-order
     * @return what was applied, or in a dry run, planned with its statements
     * @throws OutOfOrderMigrationException if a pending id is below the highest applied id and
     *     out-of-order is not allowed
     * @throws MigrationExecutionException if a statement fails; that migration is not recorded
     * @throws LockTimeoutException if another process holds the lock for longer than the timeout
     */
    public ApplyResult apply(ApplyOptions options) {
        return apply(options, result -> { });
    }

    /**
     * As {@link #apply(ApplyOptions)}, telling {@code listener} of each migration as soon as it is
     * applied (or, in a dry run, planned): for progress output.
     *
     * @param options target, dry run, out-of-order
     * @param listener called once per migration, in order, on the calling thread
     * @return what was applied or planned
     */
    public ApplyResult apply(ApplyOptions options, Consumer<MigrationResult> listener) {
        return Apply.run(workspace, Objects.requireNonNull(options, "options"), Objects.requireNonNull(listener));
    }

    /**
     * Rolls back the last {@code count} applied migrations, newest first.
     *
     * @param count how many
     * @return what was rolled back
     * @throws NoDownMigrationException if one of them has no down-SQL (nothing is rolled back)
     */
    public RollbackResult rollback(int count) {
        return rollback(RollbackOptions.last(count));
    }

    /**
     * Rolls back every applied migration above {@code id}, newest first.
     *
     * @param id the id that stays applied (0 rolls back everything)
     * @return what was rolled back
     * @throws NoDownMigrationException if one of them has no down-SQL (nothing is rolled back)
     */
    public RollbackResult rollbackTo(long id) {
        return rollback(RollbackOptions.to(id));
    }

    /**
     * Rolls back as the options say: validates first, then runs each migration's down-SQL in a
     * transaction, newest first (in the reverse order of their records), and removes its record;
     * its lock entry stays, since the file must still match. A down-section holding only comments
     * counts as none: without {@code force} the rollback then stops before anything runs; with it,
     * that migration's record is removed without running anything, which the result's note and a
     * warning in the log say.
     *
     * @param options which migrations, and whether to force
     * @return what was rolled back
     */
    public RollbackResult rollback(RollbackOptions options) {
        return Rollback.run(workspace, Objects.requireNonNull(options, "options"));
    }

    /**
     * Resolves every {@link MigrationState#INTERRUPTED} migration, after a person checked the
     * database: {@link RepairAction#MARK_PENDING} clears the unfinished application so that the
     * next apply runs the migration again, {@link RepairAction#MARK_APPLIED} records it as applied.
     *
     * @param action whether the interrupted migrations are to count as pending or as applied
     * @return the ids that were resolved, in the order they were started
     */
    public List<Long> repair(RepairAction action) {
        return Repair.run(workspace, Objects.requireNonNull(action, "action"));
    }

    /** @return the configuration */
    public MigrationConfig config() {
        return workspace.config();
    }

    /** @return the tracker of applied migrations */
    public MigrationTracker tracker() {
        return workspace.tracker();
    }

    /**
     * Creates the next migration file from the template of Kimberlite's own tool.
     *
     * <p>The file is named {@code NNNN_name.sql} with the next free id (highest existing + 1) and
     * the name lower-cased; its header holds {@code -- Migration: name}, {@code -- Created:} when
     * {@link MigrationConfig#autoTimestamp()}, {@code -- Author:} and the up/down section comments.
     * The migrations folder is created if missing.
     *
     * @param name letters, digits, {@code _} and {@code -}; 1 to 100 characters
     * @return the new file
     * @throws InvalidMigrationNameException if {@code name} has another form
     */
    public MigrationFile create(String name) {
        return MigrationCreator.create(config().migrationsDir(), name, config().autoTimestamp(), config().author());
    }

    /**
     * @return every migration file, sorted by id
     * @throws DuplicateMigrationIdException if two files share an id
     * @throws MigrationParseException if a file cannot be read
     */
    public List<MigrationFile> listFiles() {
        return MigrationFile.discover(config().migrationsDir());
    }

    /**
     * @return the migration files that have no record of being applied, sorted by id
     */
    public List<MigrationFile> listPending() {
        Set<Long> applied = tracker().listApplied().stream().map(AppliedMigration::id).collect(Collectors.toSet());
        return listFiles().stream().filter(file -> !applied.contains(file.id())).toList();
    }

    /**
     * @return every applied migration, in the order recorded
     */
    public List<AppliedMigration> listApplied() {
        return tracker().listApplied();
    }

    /**
     * Checks the migrations: each file's checksum against its lock entry and its record, that no
     * applied or locked migration's file is missing, that no application was interrupted, and that
     * the ids run 1, 2, 3, ... without a gap (files with one id fail earlier, when read).
     *
     * <p>All problems are collected; the first is thrown, in the order checksum mismatches,
     * interrupted, missing, sequence, with the others attached as
     * {@link Throwable#getSuppressed() suppressed} exceptions.
     *
     * @throws ChecksumMismatchException if a file was changed after it was locked or applied
     * @throws InterruptedMigrationException if an application never finished
     * @throws MissingMigrationException if an applied or locked migration's file is gone
     * @throws InvalidSequenceException if the ids have a gap
     * @return the status that was validated: every migration applied or pending
     * @throws DuplicateMigrationIdException if two files share an id
     */
    public MigrationStatus validate() {
        return Validator.validated(workspace.snapshot());
    }

    /**
     * Every migration with its state: from the files, the lock file and the tracker.
     *
     * @return the status, sorted by id
     */
    public MigrationStatus status() {
        return Validator.status(workspace.snapshot());
    }

    /**
     * Records a migration as applied (now, by {@link MigrationConfig#appliedBy()}), without running
     * it.
     *
     * @param file the migration file
     * @return the record written
     * @throws AlreadyAppliedException if it is recorded already
     */
    public AppliedMigration recordApplied(MigrationFile file) {
        AppliedMigration record = new AppliedMigration(file.id(), file.name(), file.checksum(), Instant.now(),
                config().appliedBy(), OptionalLong.empty());
        tracker().recordApplied(record);
        return record;
    }

    /**
     * Removes the record of a migration, without running its down-SQL. Removing an id that has no
     * record does nothing.
     *
     * @param id the migration's id
     * @return whether a record was removed
     */
    public boolean removeApplied(long id) {
        return tracker().removeApplied(id);
    }

    /**
     * Locks the checksum of every migration file that is not locked yet, after checking the locked
     * ones (as Kimberlite's own {@code lock}); writes the lock file.
     *
     * @return the lock file as written
     * @throws ChecksumMismatchException if a locked file was changed; nothing is written
     */
    public LockFile lock() {
        LockFile lock = LockFile.load(config().lockFilePath());
        lock.update(listFiles());
        lock.save(config().lockFilePath());
        return lock;
    }

    /**
     * Locks the current checksum of every migration file, replacing the lock entries of files that
     * changed: for a reviewed, intentional change of a migration that was never applied. A changed
     * file that is recorded as applied is refused, since the database holds its old version.
     *
     * @return the lock file as written
     * @throws ChecksumMismatchException if a changed file is recorded as applied; nothing is written
     */
    public LockFile relock() {
        List<MigrationFile> files = listFiles();
        Map<Long, AppliedMigration> applied = tracker().listApplied().stream()
                .collect(Collectors.toMap(AppliedMigration::id, record -> record, (a, b) -> a));
        for (MigrationFile file : files) {
            AppliedMigration record = applied.get(file.id());
            if (record != null && !record.checksum().equals(file.checksum())) {
                throw new ChecksumMismatchException(file.id(), file.name(), file.path(), record.checksum(),
                        file.checksum(), tracker().describe());
            }
        }
        LockFile lock = LockFile.load(config().lockFilePath());
        files.forEach(lock::lock);
        lock.save(config().lockFilePath());
        return lock;
    }

    /**
     * The SQL to apply: the body before the {@code -- Down Migration} line, trailing whitespace
     * trimmed; without that line, the whole body trimmed.
     *
     * @param file a migration file
     * @return its up-SQL
     */
    public static String upSql(MigrationFile file) {
        return file.upSql();
    }

    /**
     * The SQL to roll back: the text after the {@code -- Down Migration} line, trimmed.
     *
     * @param file a migration file
     * @return its down-SQL, or empty when it has none
     */
    public static Optional<String> downSql(MigrationFile file) {
        return file.downSql();
    }
}
