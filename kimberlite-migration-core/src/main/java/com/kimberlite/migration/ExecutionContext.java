package com.kimberlite.migration;

import java.util.Optional;

/**
 * The unit of work in which a {@link MigrationExecutor} runs a migration, handed to callbacks that
 * must write in the same transaction (such as the {@code jdbc} tracker's record).
 */
@FunctionalInterface
public interface ExecutionContext {

    /**
     * The executor's underlying resource of the given type, such as the
     * {@link java.sql.Connection} of a JDBC executor.
     *
     * @param type the resource type
     * @param <T> the resource type
     * @return the resource, or empty when this executor has none of that type
     */
    <T> Optional<T> unwrap(Class<T> type);
}
