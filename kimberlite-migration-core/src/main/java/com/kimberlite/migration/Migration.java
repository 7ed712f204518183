package com.kimberlite.migration;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One SQL migration as read from its file: the parsed header and the SQL body.
 *
 * @param id the id from the file name ({@code 0003_add_posts.sql} has id 3), 0 to 4,294,967,295
 * @param name the {@code -- Migration:} header value, or else the file name without id and
 *     {@code .sql}
 * @param sql the body: every line from the first SQL line on, joined with {@code \n}, without a
 *     trailing newline; its SHA-256 is the migration's checksum
 * @param createdAt the {@code -- Created:} header value in UTC, or the time the file was read when
 *     the header is absent or unparseable
 * @param author the {@code -- Author:} header value, if present
 */
public record Migration(long id, String name, String sql, Instant createdAt, Optional<String> author) {

    /** Largest id a migration file may carry: the largest unsigned 32-bit number. */
    public static final long MAX_ID = 0xFFFF_FFFFL;

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if {@code id} is outside 0 to {@link #MAX_ID}
     */
    public Migration {
        if (id < 0 || id > MAX_ID) {
            throw new IllegalArgumentException("migration id out of range 0.." + MAX_ID + ": " + id);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(author, "author");
    }
}
