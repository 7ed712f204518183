package com.kimberlite.migration;

/**
 * A migration whose application started and never finished: the process died while it ran or
 * before its record was written, or a migration run outside a transaction
 * ({@code -- Transaction: none}) failed part-way. The database may hold part of it.
 *
 * <p>Nothing is re-run or skipped automatically. Fix: check the database by hand, complete or undo
 * the migration's statements, then run {@code repair}.
 */
public class InterruptedMigrationException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final long id;

    /**
     * @param id the migration's id
     * @param name the migration's name
     * @param where where the unfinished application was noted
     */
    public InterruptedMigrationException(long id, String name, String where) {
        super("Migration " + id + " (" + name + ") was interrupted: its application started and never finished"
                + " (noted in " + where + "). The database may hold part of it. Check the database, complete or"
                + " undo the migration's statements by hand, then run repair to mark it applied or to clear it.");
        this.id = id;
    }

    /** @return the migration's id */
    public long id() {
        return id;
    }
}
