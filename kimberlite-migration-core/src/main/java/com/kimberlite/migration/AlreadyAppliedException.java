package com.kimberlite.migration;

/**
 * An attempt to record a migration as applied that is recorded already.
 *
 * <p>Message: {@code Migration <id> has already been applied}, then the fix.
 */
public class AlreadyAppliedException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final long id;

    /**
     * @param id the migration's id
     * @param where the state file or table holding the record
     */
    public AlreadyAppliedException(long id, String where) {
        super("Migration " + id + " has already been applied (recorded in " + where
                + "). Nothing was changed; to apply it again, roll it back first.");
        this.id = id;
    }

    /** @return the migration's id */
    public long id() {
        return id;
    }
}
