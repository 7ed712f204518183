package com.kimberlite.migration;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the records of applied migrations are kept (SPI).
 *
 * <p>Two trackers come with the library, chosen with {@link MigrationConfig.Builder#tracker}:
 * {@link TrackerType#FILE} keeps {@code applied.toml} in the state folder (the format of
 * Kimberlite's own tool), {@link TrackerType#JDBC} a table in the target database.
 *
 * <p>Besides the records, a tracker keeps <em>started</em> marks: a migration is marked started
 * before it runs, and writing its record clears the mark (both {@code recordApplied} methods do).
 * A mark without a record means the application never finished: the migration is
 * {@link MigrationState#INTERRUPTED}. A tracker that {@link #recordsInTransaction() records in the
 * migration's own transaction} needs no mark for migrations that run in a transaction.
 *
 * <p>Writes come from one thread at a time, but {@link #listApplied()}, {@link #listStarted()},
 * {@link #listRecords()} and {@link #listChecksums()} may be called from other threads meanwhile
 * (a health check during an apply): an implementation must allow that.
 * {@link #acquireLock(Duration)} keeps other processes out for the length of an apply or rollback.
 */
public interface MigrationTracker {

    /**
     * Every applied migration, in the order they were recorded.
     *
     * @return the records; empty when nothing has been applied
     * @throws StateFileException if the records cannot be read
     */
    List<AppliedMigration> listApplied();

    /**
     * Adds a record, and clears the started mark of the same migration, if there is one: no
     * {@link #clearStarted(long)} call follows.
     *
     * @param record the record to add
     * @throws AlreadyAppliedException if a record with the same id exists
     * @throws StateFileException if the record cannot be written; nothing was changed
     */
    void recordApplied(AppliedMigration record);

    /**
     * Removes the record with the given id, if there is one.
     *
     * @param id the migration's id
     * @return whether a record was removed
     * @throws StateFileException if the records cannot be written; nothing was changed
     */
    boolean removeApplied(long id);

    /**
     * Migrations marked started and not yet recorded or cleared, in the order they were marked.
     *
     * @return the marks, each holding what the record would hold; empty when none
     */
    List<AppliedMigration> listStarted();

    /**
     * The records and the started marks together, as {@link #listApplied()} and
     * {@link #listStarted()} list them. Status, validation and rollback read them this way
     * before they check anything. The default calls those two methods; a tracker that can read
     * both at once (one query, one look at its files) overrides it, so that both lists come from
     * one moment.
     *
     * @return the records and the marks
     * @throws StateFileException if the records cannot be read
     */
    default Records listRecords() {
        List<AppliedMigration> applied = listApplied();
        return new Records(applied, listStarted());
    }

    /**
     * What checking the migration files against the records needs of them, and no more: each
     * record's id, name and checksum, and the ids of the migrations marked started and not
     * recorded. Applying reads this instead of {@link #listRecords()}, so that a start with nothing
     * to apply reads no more than it checks; a tracker whose records cost more to read whole (the
     * {@code jdbc} tracker: their times and the rest of their columns) overrides it. The default
     * takes it from {@link #listRecords()}.
     *
     * @return the checksums and the interrupted ids
     * @throws StateFileException if the records cannot be read
     */
    default Checksums listChecksums() {
        Records records = listRecords();
        return new Checksums(List.copyOf(records.applied()),
                records.started().stream().map(AppliedMigration::id).collect(Collectors.toSet()));
    }

    /**
     * What {@link #listChecksums()} gives.
     *
     * @param applied what each record says of its migration, in any order; of two records of one
     *     id, the first counts
     * @param interrupted the ids of the migrations marked started and not recorded
     */
    record Checksums(List<RecordedMigration> applied, Set<Long> interrupted) {

        /**
         * Copies both collections. The id of a mark that {@code applied} records is superseded, as
         * in {@link Records}, and left out of {@code interrupted}.
         */
        public Checksums {
            applied = List.copyOf(applied);
            if (!interrupted.isEmpty()) {
                Set<Long> unrecorded = new HashSet<>(interrupted);
                unrecorded.removeAll(recordedIds(applied));
                interrupted = unrecorded;
            }
            interrupted = Set.copyOf(interrupted);
        }
    }

    /**
     * What a tracker holds.
     *
     * @param applied every applied migration, in the order they were recorded
     * @param started the migrations marked started and not yet recorded or cleared, in the order
     *     they were marked
     */
    record Records(List<AppliedMigration> applied, List<AppliedMigration> started) {

        /**
         * Makes both lists unmodifiable. A mark of a migration that {@code applied} records is
         * superseded by its record (the process ended between writing the record and clearing the
         * mark) and is left out of {@code started}.
         */
        public Records {
            applied = List.copyOf(applied);
            started = List.copyOf(started.isEmpty() ? started : unrecorded(applied, started));
        }

        private static List<AppliedMigration> unrecorded(List<AppliedMigration> applied,
                List<AppliedMigration> started) {
            Set<Long> recorded = recordedIds(applied);
            return started.stream().filter(mark -> !recorded.contains(mark.id())).toList();
        }
    }

    /** @return the ids that the records hold: a mark of any of them is superseded by its record */
    private static Set<Long> recordedIds(List<? extends RecordedMigration> applied) {
        Set<Long> recorded = new HashSet<>();
        applied.forEach(record -> recorded.add(record.id()));
        return recorded;
    }

    /**
     * Marks a migration started, before it runs; replaces an earlier mark of the same id.
     *
     * @param mark what the record will hold
     */
    void markStarted(AppliedMigration mark);

    /**
     * Clears the started mark of a migration, if there is one.
     *
     * @param id the migration's id
     */
    void clearStarted(long id);

    /**
     * Whether this tracker writes records in the migration's own transaction, through
     * {@link #recordApplied(AppliedMigration, ExecutionContext)} and
     * {@link #removeApplied(long, ExecutionContext)}.
     *
     * @return {@code false} unless overridden
     */
    default boolean recordsInTransaction() {
        return false;
    }

    /**
     * Adds a record inside the transaction of the migration it records, and clears the started
     * mark of the same migration, if there is one. Only called when
     * {@link #recordsInTransaction()} is {@code true}.
     *
     * @param record the record to add
     * @param context the running transaction
     */
    default void recordApplied(AppliedMigration record, ExecutionContext context) {
        throw new UnsupportedOperationException(describe() + " does not record inside a transaction");
    }

    /**
     * Removes a record inside the transaction of the rollback that undoes it. Only called when
     * {@link #recordsInTransaction()} is {@code true}.
     *
     * @param id the migration's id
     * @param context the running transaction
     * @return whether a record was removed
     */
    default boolean removeApplied(long id, ExecutionContext context) {
        throw new UnsupportedOperationException(describe() + " does not record inside a transaction");
    }

    /**
     * Takes the lock that keeps other processes from applying or rolling back at the same time,
     * waiting up to {@code timeout}. The lock never outlives the process that holds it.
     *
     * @param timeout how long to wait for another holder
     * @return the lock; close it to release
     * @throws LockTimeoutException if another process held it for longer than {@code timeout}
     */
    MigrationLock acquireLock(Duration timeout);

    /**
     * Where the records are kept, for messages: a file path or a table name.
     *
     * @return a short description such as {@code .kimberlite/migrations/applied.toml}
     */
    String describe();
}
