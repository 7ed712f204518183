package com.kimberlite.migration.internal.state;

import com.kimberlite.migration.MigrationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One table of a TOML file, with typed access to its values. A missing key or a value of the
 * wrong type is reported through the file's {@link StateSource}, naming the line of the value (or
 * of the table's header when the key is missing) and the expected type. A key of a table reached
 * through {@link #optionalTable} is named in messages with its table, as a dotted key
 * ({@code `migrations.directory`}).
 */
public final class TomlRecord {

    private static final long U32_MAX = 0xFFFF_FFFFL;
    private static final String U32 = "an integer from 0 to " + U32_MAX;
    private static final String TIMESTAMP = "an RFC 3339 timestamp such as \"2026-02-01T10:30:00Z\"";

    private final Map<String, TomlValue> entries;
    private final int line;
    private final String description;
    private final StateSource source;
    private final String keyPrefix;

    private TomlRecord(TomlValue.Table table, int line, String description, StateSource source,
            String keyPrefix) {
        this.entries = table.entries();
        this.line = line;
        this.description = description;
        this.source = source;
        this.keyPrefix = keyPrefix;
    }

    static TomlRecord root(TomlValue.Table table, StateSource source) {
        return new TomlRecord(table, 0, "the file", source, "");
    }

    Map<String, TomlValue> entries() {
        return entries;
    }

    /** @return the 1-based line of the table's header; 0 for the top-level table */
    public int line() {
        return line;
    }

    /**
     * @param key the key
     * @return whether the table holds a value for it
     */
    public boolean contains(String key) {
        return entries.containsKey(key);
    }

    /**
     * @param key the key
     * @return its value: an integer from 0 to 4,294,967,295 (a Rust {@code u32})
     */
    public long u32(String key) {
        Object value = required(key, U32);
        if (!(value instanceof Long number) || number < 0 || number > U32_MAX) {
            throw invalid(key, "must be " + U32 + ", found " + describe(value));
        }
        return number;
    }

    /**
     * @param key the key
     * @return its value, a string
     */
    public String string(String key) {
        Object value = required(key, "a string");
        if (!(value instanceof String text)) {
            throw invalid(key, "must be a string, found " + describe(value));
        }
        return text;
    }

    /**
     * @param key the key
     * @return its value, a string, or empty when the key is absent
     */
    public Optional<String> optionalString(String key) {
        return contains(key) ? Optional.of(string(key)) : Optional.empty();
    }

    /**
     * @param key the key
     * @return its value, {@code true} or {@code false}, or empty when the key is absent
     */
    public Optional<Boolean> optionalBoolean(String key) {
        if (!contains(key)) {
            return Optional.empty();
        }
        Object value = entries.get(key).value();
        if (!(value instanceof Boolean bool)) {
            throw invalid(key, "must be true or false, found " + describe(value));
        }
        return Optional.of(bool);
    }

    /**
     * A table held by a key: a {@code [key]} header, a dotted key ({@code key.name = ...}) or an
     * inline table.
     *
     * @param key the key
     * @return the table, or empty when the key is absent
     */
    public Optional<TomlRecord> optionalTable(String key) {
        if (!contains(key)) {
            return Optional.empty();
        }
        TomlValue value = entries.get(key);
        if (!(value.value() instanceof TomlValue.Table table)) {
            throw invalid(key, "must be a table ([" + key + "]), found " + describe(value.value()));
        }
        return Optional.of(new TomlRecord(table, value.line(), "the [" + key + "] table", source,
                keyPrefix + key + "."));
    }

    /**
     * @param key the key
     * @return its value, a non-negative integer, or empty when the key is absent
     */
    public OptionalLong optionalNonNegative(String key) {
        if (!contains(key)) {
            return OptionalLong.empty();
        }
        Object value = entries.get(key).value();
        if (!(value instanceof Long number) || number < 0) {
            throw invalid(key, "must be a non-negative integer, found " + describe(value));
        }
        return OptionalLong.of(number);
    }

    /**
     * @param key the key
     * @return its value, an RFC 3339 timestamp in a string or a TOML offset date-time, in UTC
     */
    public Instant instant(String key) {
        Object value = required(key, TIMESTAMP);
        Optional<Instant> instant = value instanceof OffsetDateTime dateTime
                ? Optional.of(dateTime.toInstant()).filter(Rfc3339::isWritable)
                : value instanceof String text ? Rfc3339.parse(text) : Optional.empty();
        return instant.orElseThrow(() -> invalid(key, "must be " + TIMESTAMP + " (in the years 0000 to 9999),"
                + " found " + describe(value)));
    }

    /**
     * The tables of an array of tables ({@code [[key]]} headers, or an inline array of inline
     * tables).
     *
     * @param key the key
     * @return the tables, in file order; empty when the key is absent
     */
    public List<TomlRecord> tables(String key) {
        if (!contains(key)) {
            return List.of();
        }
        String expected = "must be an array of tables ([[" + key + "]])";
        if (!(entries.get(key).value() instanceof TomlValue.Array array)) {
            throw invalid(key, expected + ", found " + describe(entries.get(key).value()));
        }
        List<TomlRecord> tables = new ArrayList<>(array.items().size());
        String itemDescription = "the [[" + key + "]] table";
        for (int i = 0; i < array.items().size(); i++) {
            TomlValue item = array.items().get(i);
            if (!(item.value() instanceof TomlValue.Table table)) {
                throw source.unreadable(item.line(), "`" + key + "` " + expected + ", found "
                        + describe(item.value()) + " as item " + (i + 1), null);
            }
            tables.add(new TomlRecord(table, item.line(), itemDescription, source, ""));
        }
        return tables;
    }

    /**
     * Reads the {@link #u32} value of one key in each of several tables, such as the ids of the
     * records of a state file, failing when a value appears twice.
     *
     * @param records the tables
     * @param key the key
     * @return the values, in the order of {@code records}
     */
    public static long[] distinctU32(List<TomlRecord> records, String key) {
        long[] values = new long[records.size()];
        boolean ascending = true;
        for (int i = 0; i < values.length; i++) {
            values[i] = records.get(i).u32(key);
            ascending &= i == 0 || values[i] > values[i - 1];
        }
        if (ascending) {
            // as the tools write them: no value can appear twice
            return values;
        }
        Map<Long, Integer> lines = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            TomlRecord record = records.get(i);
            Integer earlier = lines.putIfAbsent(values[i], record.line);
            if (earlier != null) {
                throw record.source.unreadable(record.line, "migration " + key + " " + values[i]
                        + " appears twice, in the tables at lines " + earlier + " and " + record.line, null);
            }
        }
        return values;
    }

    /**
     * The failure to report for a value that is present but not acceptable.
     *
     * @param key the key, which must be present
     * @param problem what is wrong with the value, such as {@code must be 1, found 2}
     * @return the exception, naming the line of the value
     */
    public MigrationException invalid(String key, String problem) {
        return source.unreadable(entries.get(key).line(), "`" + keyPrefix + key + "` " + problem, null);
    }

    private Object required(String key, String expected) {
        if (!contains(key)) {
            throw source.unreadable(line, description + " has no `" + key + "` (" + expected + ")", null);
        }
        return entries.get(key).value();
    }

    private static String describe(Object value) {
        if (value instanceof Long number) {
            return number.toString();
        }
        if (value instanceof String text) {
            return "the string " + TomlWriter.basicString(abbreviate(text));
        }
        if (value instanceof Double || value instanceof Boolean) {
            return value instanceof Double ? "a float" : "a boolean";
        }
        if (value instanceof OffsetDateTime || value instanceof LocalDateTime) {
            return value instanceof OffsetDateTime ? "the date-time " + value : "a date-time without offset";
        }
        if (value instanceof LocalDate || value instanceof LocalTime) {
            return value instanceof LocalDate ? "a date" : "a time";
        }
        return value instanceof TomlValue.Array ? "an array" : "a table";
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
