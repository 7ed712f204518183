package com.kimberlite.migration.internal.command;

import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.MigrationLock;
import com.kimberlite.migration.MigrationTracker;
import com.kimberlite.migration.RepairAction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The repair command: resolves interrupted migrations (started marks without a record) after a
 * person checked the database, and clears marks whose record exists already.
 */
public final class Repair {

    private Repair() {
    }

    /**
     * @param workspace what to work on
     * @param action whether the interrupted migrations count as applied or as pending
     * @return the ids of the interrupted migrations that were resolved
     */
    public static List<Long> run(Workspace workspace, RepairAction action) {
        MigrationTracker tracker = workspace.tracker();
        try (MigrationLock lock = tracker.acquireLock(workspace.config().lockTimeout())) {
            Set<Long> applied = tracker.listApplied().stream().map(AppliedMigration::id).collect(Collectors.toSet());
            List<Long> resolved = new ArrayList<>();
            for (AppliedMigration mark : tracker.listStarted()) {
                if (!applied.contains(mark.id())) {
                    if (action == RepairAction.MARK_APPLIED) {
                        tracker.recordApplied(new AppliedMigration(mark.id(), mark.name(), mark.checksum(),
                                Instant.now(), mark.appliedBy(), mark.executionMs()));
                    }
                    resolved.add(mark.id());
                }
                tracker.clearStarted(mark.id());
            }
            return resolved;
        }
    }
}
