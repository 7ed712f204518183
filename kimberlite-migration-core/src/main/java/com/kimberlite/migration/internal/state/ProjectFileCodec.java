package com.kimberlite.migration.internal.state;

import com.kimberlite.migration.ProjectSettings;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The part of Kimberlite's project file {@code kimberlite.toml} this library reads: the
 * {@code directory} and {@code auto_timestamp} keys of its {@code [migrations]} table and the
 * {@code url} and {@code user} keys of its {@code [database]} table. The whole file must be TOML;
 * other tables and keys are not looked at.
 */
public final class ProjectFileCodec {

    private ProjectFileCodec() {
    }

    /**
     * @param file the project file
     * @return its settings; {@link ProjectSettings#none()} when the file does not exist
     * @throws com.kimberlite.migration.ProjectFileException if the file cannot be read, is not
     *     UTF-8 or not TOML, or a setting has the wrong type
     */
    public static ProjectSettings read(Path file) {
        StateSource source = StateSource.projectFile(file);
        return StateFiles.read(file, source)
                .map(bytes -> settings(TomlDocument.parse(bytes, source).root()))
                .orElseGet(ProjectSettings::none);
    }

    private static ProjectSettings settings(TomlRecord root) {
        Optional<TomlRecord> migrations = root.optionalTable("migrations");
        Optional<TomlRecord> database = root.optionalTable("database");
        return new ProjectSettings(
                migrations.flatMap(table -> table.optionalString("directory")),
                migrations.flatMap(table -> table.optionalBoolean("auto_timestamp")),
                database.flatMap(table -> table.optionalString("url")),
                database.flatMap(table -> table.optionalString("user")));
    }
}
