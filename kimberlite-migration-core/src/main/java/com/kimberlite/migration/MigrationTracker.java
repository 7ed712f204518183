package com.kimberlite.migration;

import java.util.List;

/**
 * Where the records of applied migrations are kept (SPI).
 *
 * <p>Two trackers come with the library, chosen with {@link MigrationConfig.Builder#tracker}:
 * {@link TrackerType#FILE} keeps {@code applied.toml} in the state folder (the format of
 * Kimberlite's own tool), {@link TrackerType#JDBC} a table in the target database. An
 * implementation must be safe to use from one thread at a time; the manager serializes calls.
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
     * Adds a record.
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
     * Where the records are kept, for messages: a file path or a table name.
     *
     * @return a short description such as {@code .kimberlite/migrations/applied.toml}
     */
    String describe();
}
