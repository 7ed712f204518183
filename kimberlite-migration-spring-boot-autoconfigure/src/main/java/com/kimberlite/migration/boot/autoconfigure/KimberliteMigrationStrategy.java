package com.kimberlite.migration.boot.autoconfigure;

import com.kimberlite.migration.MigrationManager;

/**
 * What the startup run does instead of the default (validate, then apply pending migrations, as
 * the {@code kimberlite.migrations.*} properties say). Declare a bean of this type to replace it:
 *
 * <pre>{@code
 * @Bean
 * KimberliteMigrationStrategy validateOnly() {
 *     return MigrationManager::validate;
 * }
 * }</pre>
 *
 * <p>The strategy runs at the time {@code kimberlite.migrations.run-on} says. An exception it
 * throws fails the application's start.
 */
@FunctionalInterface
public interface KimberliteMigrationStrategy {

    /**
     * Runs on startup.
     *
     * @param manager the manager of the application's migrations
     */
    void migrate(MigrationManager manager);
}
