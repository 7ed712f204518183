package com.kimberlite.migration;

import java.util.OptionalLong;

/**
 * How {@link MigrationManager#apply(ApplyOptions)} applies pending migrations.
 *
 * <pre>{@code
 * manager.apply(ApplyOptions.defaults().target(5).dryRun(true));
 * }</pre>
 *
 * @param target apply up to and including this id; empty applies every pending migration
 * @param dryRun plan only: return the plan and the statements that would run, write nothing
 * @param allowOutOfOrder apply pending migrations whose id is below the highest applied id
 *     (refused otherwise)
 */
public record ApplyOptions(OptionalLong target, boolean dryRun, boolean allowOutOfOrder) {

    /** Checks that {@code target} is not {@code null}. */
    public ApplyOptions {
        java.util.Objects.requireNonNull(target, "target");
    }

    /** @return every pending migration, for real, in order only */
    public static ApplyOptions defaults() {
        return new ApplyOptions(OptionalLong.empty(), false, false);
    }

    /**
     * @param id apply up to and including this id
     * @return a copy with the target set
     */
    public ApplyOptions target(long id) {
        return new ApplyOptions(OptionalLong.of(id), dryRun, allowOutOfOrder);
    }

    /**
     * @param dryRun whether to plan only
     * @return a copy with dry run set
     */
    public ApplyOptions dryRun(boolean dryRun) {
        return new ApplyOptions(target, dryRun, allowOutOfOrder);
    }

    /**
     * @param allowOutOfOrder whether to apply ids below the highest applied id
     * @return a copy with the setting
     */
    public ApplyOptions allowOutOfOrder(boolean allowOutOfOrder) {
        return new ApplyOptions(target, dryRun, allowOutOfOrder);
    }
}
