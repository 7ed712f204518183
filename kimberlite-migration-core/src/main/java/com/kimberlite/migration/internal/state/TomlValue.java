package com.kimberlite.migration.internal.state;

import java.util.List;
import java.util.Map;

/**
 * A value of a parsed state file and where it starts. Values are {@code Long}, {@code Double},
 * {@code Boolean}, {@code String}, a {@code java.time} date or time, an {@link Array} or a
 * {@link Table}; the position of a table in an array of tables is that of its header.
 *
 * @param value the value
 * @param line its 1-based line
 * @param column its 1-based column, in code points
 */
record TomlValue(Object value, int line, int column) {

    /** An array: its items in order. */
    record Array(List<TomlValue> items) {
    }

    /** A table: its keys in file order. */
    record Table(Map<String, TomlValue> entries) {
    }
}
