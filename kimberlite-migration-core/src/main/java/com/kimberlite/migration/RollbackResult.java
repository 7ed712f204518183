package com.kimberlite.migration;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of a rollback: each migration rolled back, newest first.
 *
 * @param migrations the migrations rolled back, in the order they were rolled back
 * @param duration the time of the whole run
 */
public record RollbackResult(List<MigrationResult> migrations, Duration duration) {

    /** Copies the list. */
    public RollbackResult {
        migrations = List.copyOf(migrations);
    }
}
