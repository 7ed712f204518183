package com.kimberlite.migration;

/**
 * A rollback reached a migration without down-SQL (no {@code -- Down Migration} section, or one
 * holding only comments). Nothing was rolled back. Use {@code force} to remove such records
 * without running anything; the database then keeps that migration's changes.
 */
public class NoDownMigrationException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final long id;

    /**
     * @param id the migration's id
     * @param name its name
     */
    public NoDownMigrationException(long id, String name) {
        super("Migration " + id + " (" + name + ") has no down migration. Nothing was rolled back. Add a"
                + " '-- Down Migration' section to its file only if it was never applied elsewhere, write a new"
                + " migration that undoes it, or force the rollback to remove its record without undoing"
                + " anything.");
        this.id = id;
    }

    /** @return the migration's id */
    public long id() {
        return id;
    }
}
