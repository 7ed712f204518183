package com.kimberlite.migration;

import com.kimberlite.migration.internal.files.MigrationDiscovery;
import com.kimberlite.migration.internal.files.MigrationParser;
import com.kimberlite.migration.internal.files.Sections;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A migration file on disk: its path, the parsed {@link Migration} and the checksum of its body.
 *
 * <p>The file is read and hashed once, when the instance is created by {@link #load(Path)} or
 * {@link #discover(Path)}; the instance does not follow later changes to the file.
 *
 * @param path the file's path, as given to {@link #load(Path)} or resolved against the folder
 *     given to {@link #discover(Path)}
 * @param migration the parsed migration
 * @param checksum lowercase hex SHA-256 of the UTF-8 bytes of {@link Migration#sql()}
 * @param transactional {@code false} when the header holds {@code -- Transaction: none}: the
 *     migration's statements then run one by one outside a transaction
 * @param firstSqlLine the 1-based line of the file on which the body ({@link Migration#sql()})
 *     begins, for the line numbers of statements
 */
public record MigrationFile(Path path, Migration migration, String checksum, boolean transactional,
        int firstSqlLine) {

    /** Checks that no component is {@code null} and that the line is positive. */
    public MigrationFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(migration, "migration");
        Objects.requireNonNull(checksum, "checksum");
        if (firstSqlLine < 1) {
            throw new IllegalArgumentException("firstSqlLine must be at least 1: " + firstSqlLine);
        }
    }

    /**
     * A file whose body begins on its first line.
     *
     * @param path the file's path
     * @param migration the parsed migration
     * @param checksum lowercase hex SHA-256 of the body
     * @param transactional whether the statements run in one transaction
     */
    public MigrationFile(Path path, Migration migration, String checksum, boolean transactional) {
        this(path, migration, checksum, transactional, 1);
    }

    /** @return the migration's id, as {@code migration().id()} */
    public long id() {
        return migration.id();
    }

    /** @return the migration's name, as {@code migration().name()} */
    public String name() {
        return migration.name();
    }

    /**
     * Reads and parses one migration file.
     *
     * <p>Parsing follows Kimberlite's own tool exactly (see the README's "File format"): the id
     * from the file name, the header comments, the body and its SHA-256 checksum.
     *
     * @param path the file; its name must have the form {@code NNNN_name.sql}
     * @return the parsed file
     * @throws InvalidMigrationNameException if the file name has no valid id
     * @throws MigrationParseException if the file cannot be read or is not UTF-8
     */
    public static MigrationFile load(Path path) {
        return MigrationParser.load(path);
    }

    /**
     * Reads every migration file of a folder: the regular files directly in it whose names end in
     * lowercase {@code .sql}, sorted by id.
     *
     * @param folder the migrations folder; a folder that does not exist holds no migrations
     * @return the files sorted by id; empty when there are none
     * @throws DuplicateMigrationIdException if two files have the same id
     * @throws InvalidMigrationNameException if a file name has no valid id
     * @throws MigrationParseException if a file cannot be read, or {@code folder} is not a folder
     */
    public static List<MigrationFile> discover(Path folder) {
        return MigrationDiscovery.discover(folder);
    }

    /**
     * The SQL to apply: the body before a line of its own starting with {@code -- Down Migration},
     * trailing whitespace removed; without such a line, the whole body trimmed at both ends.
     *
     * @return the up-SQL, possibly empty
     */
    public String upSql() {
        return Sections.upSql(migration.sql());
    }

    /**
     * The SQL to roll back: the text after the {@code -- Down Migration} line, trimmed.
     *
     * @return the down-SQL, or empty when there is no marker or nothing after it
     */
    public Optional<String> downSql() {
        return Sections.downSql(migration.sql());
    }
}
