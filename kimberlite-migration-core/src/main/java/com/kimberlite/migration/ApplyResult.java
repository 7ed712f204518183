package com.kimberlite.migration;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of {@link MigrationManager#apply()}: each migration applied (or, in a dry run,
 * planned), in the order they ran.
 *
 * @param migrations the migrations applied or planned, in order; empty when nothing was pending
 * @param dryRun whether this was a dry run (nothing was written)
 * @param duration the time of the whole run, validation included
 */
public record ApplyResult(List<MigrationResult> migrations, boolean dryRun, Duration duration) {

    /** Copies the list. */
    public ApplyResult {
        migrations = List.copyOf(migrations);
    }

    /** @return how many migrations were applied (0 in a dry run) */
    public int appliedCount() {
        return dryRun ? 0 : migrations.size();
    }
}
