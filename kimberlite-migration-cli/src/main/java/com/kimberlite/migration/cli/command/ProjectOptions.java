package com.kimberlite.migration.cli.command;

import com.kimberlite.migration.MigrationConfig;
import com.kimberlite.migration.cli.config.ProjectFile;
import com.kimberlite.migration.cli.config.ProjectFileException;
import com.kimberlite.migration.cli.config.ProjectSettings;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every command takes to find its project: {@code --project}, {@code --migrations-dir}. */
public final class ProjectOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
            description = "Project folder, holding kimberlite.toml, the migrations and .kimberlite/migrations"
                    + " (default: the current folder).")
    private String project;

    @Option(names = "--migrations-dir", paramLabel = "DIR",
            description = "Migrations folder, relative to the project folder (default: directory in the"
                    + " [migrations] table of kimberlite.toml, else migrations).")
    private String migrationsDir;

    /**
     * Checks the project folder and reads its {@code kimberlite.toml}.
     *
     * @return the project
     * @throws ParameterException if the folder does not exist or {@code kimberlite.toml} is malformed
     */
    public Project resolve() {
        Path dir = path(project, "--project");
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "Project folder not found: " + dir
                    + (Files.exists(dir) ? " is not a folder." : " does not exist.")
                    + " Pass the folder that holds kimberlite.toml and the migrations with --project DIR.");
        }
        ProjectSettings settings;
        try {
            settings = ProjectFile.read(dir);
        } catch (ProjectFileException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path migrations = migrationsDir != null ? path(migrationsDir, "--migrations-dir")
                : settings.migrationsDirectory().map(value -> path(value, "directory in " + ProjectFile.NAME))
                        .orElse(MigrationConfig.DEFAULT_MIGRATIONS_DIR);
        return new Project(dir, settings, migrations);
    }

    private Path path(String value, String source) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new ParameterException(spec.commandLine(), "Invalid path for " + source + ": '" + value + "' ("
                    + e.getReason() + ").");
        }
    }
}
