package com.kimberlite.migration;

/**
 * A migration that was applied (or locked) whose file is gone from the migrations folder.
 *
 * <p>Message: {@code Migration <id> (<name>) is recorded in <where> but its file is missing},
 * then the fix: restore the file from version control.
 */
public class MissingMigrationException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;

    /**
     * @param id the migration's id
     * @param name the migration's name as recorded
     * @param where where the migration is recorded (lock file or tracker)
     * @param folder the migrations folder that was searched
     */
    public MissingMigrationException(long id, String name, String where, String folder) {
        super("Migration " + id + " (" + name + ") is recorded in " + where
                + " but its file is missing from " + folder
                + ". Restore the file from version control; a migration that was applied must stay.");
        this.id = id;
        this.name = name;
    }

    /** @return the migration's id */
    public long id() {
        return id;
    }

    /** @return the migration's name as recorded */
    public String name() {
        return name;
    }
}
