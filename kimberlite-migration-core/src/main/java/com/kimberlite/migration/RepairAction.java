package com.kimberlite.migration;

/**
 * How {@link MigrationManager#repair(RepairAction)} resolves an {@link MigrationState#INTERRUPTED}
 * migration, after a person checked the database.
 */
public enum RepairAction {

    /**
     * The migration's changes are not in the database (its transaction was rolled back, or the
     * partial changes were undone by hand): clear the unfinished application, so that the
     * migration is pending and the next apply runs it.
     */
    MARK_PENDING,

    /**
     * The migration's changes are complete in the database (it committed before the process died,
     * or it was completed by hand): record it as applied.
     */
    MARK_APPLIED
}
