package com.kimberlite.migration.cli.command;

import com.kimberlite.migration.MigrationConfig;
import com.kimberlite.migration.cli.config.ProjectFile;
import com.kimberlite.migration.cli.config.ProjectSettings;
import java.nio.file.Path;

/**
 * A project folder and its settings: migrations in {@code DIR/<migrations folder>}, state in
 * {@code DIR/.kimberlite/migrations}, as Kimberlite's own tool lays them out.
 *
 * @param dir the project folder, as given
 * @param settings what its {@code kimberlite.toml} says
 * @param migrationsDir the migrations folder, relative to {@code dir} unless absolute
 */
public record Project(Path dir, ProjectSettings settings, Path migrationsDir) {

    /** @return the path of the project's {@code kimberlite.toml} */
    public Path projectFile() {
        return dir.resolve(ProjectFile.NAME);
    }

    /**
     * @return a configuration builder with this project's folders and its
     *     {@code [migrations] auto_timestamp}; other settings at their defaults
     */
    public MigrationConfig.Builder config() {
        MigrationConfig.Builder builder = MigrationConfig.builder()
                .migrationsDir(dir.resolve(migrationsDir))
                .stateDir(dir.resolve(MigrationConfig.DEFAULT_STATE_DIR));
        settings.autoTimestamp().ifPresent(builder::autoTimestamp);
        return builder;
    }
}
