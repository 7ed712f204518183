package com.kimberlite.migration;

import com.kimberlite.migration.internal.state.ProjectFileCodec;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings a project's {@code kimberlite.toml} gives this library; each is empty when the
 * file or the key is absent:
 *
 * <pre>
 * [migrations]
 * directory = "migrations"      # a string
 * auto_timestamp = true         # true or false
 *
 * [database]
 * url = "jdbc:postgresql://localhost/app"
 * user = "app"
 * </pre>
 *
 * <p>Every other table and key of Kimberlite's project file is ignored. The file is read as TOML
 * 1.0, so {@code [migrations] directory} may also be written as the dotted key
 * {@code migrations.directory} or in an inline table.
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

    /** The project file's name: {@value}. */
    public static final String FILE_NAME = "kimberlite.toml";

    /** Rejects {@code null} components: an absent setting is {@link Optional#empty()}. */
    public ProjectSettings {
        Objects.requireNonNull(migrationsDirectory, "migrationsDirectory");
        Objects.requireNonNull(autoTimestamp, "autoTimestamp");
        Objects.requireNonNull(databaseUrl, "databaseUrl");
        Objects.requireNonNull(databaseUser, "databaseUser");
    }

    /** @return settings with nothing set, as for a project without {@code kimberlite.toml} */
    public static ProjectSettings none() {
        return new ProjectSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Reads {@value #FILE_NAME} of a project folder.
     *
     * @param projectDir the project folder; {@code Path.of("")} for the working folder
     * @return its settings; {@link #none()} when the file does not exist
     * @throws ProjectFileException if the file cannot be read, is not UTF-8 or not TOML, or one of
     *     the four settings has the wrong type; the message names the file and the line
     */
    public static ProjectSettings read(Path projectDir) {
        return ProjectFileCodec.read(projectDir.resolve(FILE_NAME));
    }
}
