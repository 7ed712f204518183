package com.kimberlite.migration.cli.config;

import java.util.Optional;

/**
 * The settings this tool reads from a project's {@code kimberlite.toml}; each is empty when the
 * file or the key is absent.
 *
 * @param migrationsDirectory {@code [migrations] directory}: the migrations folder, relative to
 *     the project folder
 * @param autoTimestamp {@code [migrations] auto_timestamp}: whether {@code create} writes a
 *     {@code -- Created:} header
 * @param databaseUrl {@code [database] url}: the JDBC URL of the database to migrate
 * @param databaseUser {@code [database] user}: the user to connect as
 */
public record ProjectSettings(Optional<String> migrationsDirectory, Optional<Boolean> autoTimestamp,
        Optional<String> databaseUrl, Optional<String> databaseUser) {

    /** @return settings with nothing set, as for a project without {@code kimberlite.toml} */
    public static ProjectSettings none() {
        return new ProjectSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
