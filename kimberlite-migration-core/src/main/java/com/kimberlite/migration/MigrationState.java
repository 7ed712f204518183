package com.kimberlite.migration;

/**
 * The state of one migration, as {@link MigrationManager#status()} reports it.
 *
 * <p>Every state except {@link #APPLIED} and {@link #PENDING} is a problem: validation fails
 * while any migration is in it, and nothing is applied until it is resolved.
 */
public enum MigrationState {

    /**
     * Applied in this environment, and the file still matches its lock entry and its record.
     * Nothing to do.
     */
    APPLIED(false),

    /**
     * The file exists and has not been applied yet. {@code apply} runs it.
     */
    PENDING(false),

    /**
     * The file's checksum differs from its lock entry or from the record of its application: the
     * file was edited afterwards. Fix: restore the file from version control; to change the
     * schema, add a new migration. (Only for a migration that was never applied anywhere and
     * whose change was reviewed, re-lock it with {@code lock}.)
     */
    MODIFIED(true),

    /**
     * Applied or locked, but the file is gone from the migrations folder. Fix: restore the file
     * from version control.
     */
    MISSING(true),

    /**
     * Its application started and never finished: the process died, or a migration run outside
     * a transaction ({@code -- Transaction: none}) failed part-way. The database may hold part of
     * it. Fix: check the database by hand, complete or undo the migration's statements, then run
     * {@code repair} to mark it applied or clear it.
     */
    INTERRUPTED(true);

    private final boolean problem;

    MigrationState(boolean problem) {
        this.problem = problem;
    }

    /**
     * Whether this state fails validation.
     *
     * @return {@code true} for {@link #MODIFIED}, {@link #MISSING} and {@link #INTERRUPTED}
     */
    public boolean isProblem() {
        return problem;
    }
}
