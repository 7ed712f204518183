package com.kimberlite.migration;

import java.util.Objects;

/**
 * One statement of a migration, as the statement splitter found it.
 *
 * @param sql the statement's text, without its terminating {@code ;}
 * @param number its 1-based number among the statements of its section
 * @param line the 1-based line of the migration file on which it starts
 */
public record SqlStatement(String sql, int number, int line) {

    /** Checks that {@code sql} is not {@code null}. */
    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
    }
}
