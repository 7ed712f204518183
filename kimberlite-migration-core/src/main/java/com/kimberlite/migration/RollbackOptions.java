package com.kimberlite.migration;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Which applied migrations {@link MigrationManager#rollback(RollbackOptions)} rolls back, newest
 * first: the last {@code count}, or every one above an id.
 *
 * @param count roll back this many of the most recently applied migrations
 * @param toId roll back every applied migration whose id is above this one
 * @param force roll back migrations without a down-section by removing their records only (the
 *     database keeps their changes); each is reported loudly
 */
public record RollbackOptions(OptionalInt count, OptionalLong toId, boolean force) {

    /** Checks that exactly one of {@code count} and {@code toId} is set, and not negative. */
    public RollbackOptions {
        if (count.isPresent() == toId.isPresent()) {
            throw new IllegalArgumentException("Set exactly one of count and toId");
        }
        if (count.orElse(0) < 0 || toId.orElse(0) < 0) {
            throw new IllegalArgumentException("count and toId must not be negative");
        }
    }

    /**
     * @param count how many of the most recently applied migrations to roll back
     * @return options for the last {@code count}
     */
    public static RollbackOptions last(int count) {
        return new RollbackOptions(OptionalInt.of(count), OptionalLong.empty(), false);
    }

    /**
     * @param id the id to roll back to; it stays applied
     * @return options for everything above {@code id}
     */
    public static RollbackOptions to(long id) {
        return new RollbackOptions(OptionalInt.empty(), OptionalLong.of(id), false);
    }

    /**
     * @param force whether to remove records of migrations without down-SQL
     * @return a copy with the setting
     */
    public RollbackOptions force(boolean force) {
        return new RollbackOptions(count, toId, force);
    }
}
