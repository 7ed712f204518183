package com.kimberlite.migration.internal.files;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link MigrationParser} read from one migration file.
 *
 * @param path the file
 * @param id the id from the file name
 * @param name the {@code -- Migration:} header, or the name from the file name
 * @param createdAt the {@code -- Created:} header, or the time the file was read, read when asked for
 * @param author the {@code -- Author:} header, if any
 * @param checksum lowercase hex SHA-256 of the body's UTF-8 bytes
 * @param transactional {@code false} when the header holds {@code -- Transaction: none}
 * @param firstSqlLine the 1-based line of the file on which the body begins
 * @param body the body, in memory or left in the file
 */
public record ParsedMigration(Path path, long id, String name, CreatedAt createdAt, Optional<String> author,
        String checksum, boolean transactional, int firstSqlLine, MigrationBody body) {

    /** Checks that no component is {@code null}. */
    public ParsedMigration {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(body, "body");
    }
}
