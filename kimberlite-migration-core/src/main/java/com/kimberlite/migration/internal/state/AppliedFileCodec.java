package com.kimberlite.migration.internal.state;

import com.kimberlite.migration.AppliedMigration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The format of {@code applied.toml}, as Kimberlite's own tool reads and writes it:
 *
 * <pre>
 * [[migrations]]
 * id = 1
 * name = "add_users_table"
 * checksum = "a1b2..."
 * applied_at = "2026-02-01T10:30:00Z"
 * applied_by = "alice"
 * </pre>
 *
 * Records are separated by one empty line; no records are written {@code migrations = []}.
 * {@code applied_at} is written as a quoted RFC 3339 UTC timestamp with 0, 3, 6 or 9 fraction
 * digits, as {@link java.time.Instant#toString()} writes it ({@link Rfc3339#format}); a TOML offset
 * date-time is read as well. A time outside the years 0000 to 9999 is refused.
 * {@code applied_by} is optional; {@code execution_ms} (optional) is this library's addition,
 * ignored by the Rust tool like every unknown key.
 */
public final class AppliedFileCodec {

    private static final String RECORDS = "migrations";
    private static final byte[] RECORD_START = WrittenLayout.ascii("[[" + RECORDS + "]]\nid = ");
    private static final byte[] APPLIED_AT_START = WrittenLayout.ascii("\"\napplied_at = \"");
    private static final byte[] APPLIED_BY_START = WrittenLayout.ascii("applied_by = \"");
    private static final byte[] EXECUTION_MS_START = WrittenLayout.ascii("execution_ms = ");
    private static final byte[] LINE_END = WrittenLayout.ascii("\n");

    private AppliedFileCodec() {
    }

    /**
     * The records of a file, and whether another record can be appended to it.
     *
     * @param records the records, in file order
     * @param appendable whether {@link #appended} output can be appended to the file as it is: it is
     *     not blank and holds no {@code migrations = [...]} inline array
     */
    public record Content(List<AppliedMigration> records, boolean appendable) {

        /** Makes the list unmodifiable. */
        public Content {
            records = List.copyOf(records);
        }
    }

    /**
     * Reads {@code applied.toml}.
     *
     * @param bytes the file's content; blank content holds no records
     * @param source the file, for messages
     * @return the records
     * @throws com.kimberlite.migration.StateFileException if the content is not UTF-8, not TOML,
     *     or a value is missing or of the wrong type
     */
    public static Content read(byte[] bytes, StateSource source) {
        Content written = readWritten(bytes);
        return written != null ? written : readTree(bytes, source);
    }

    /** {@link #read} through the TOML tree, which takes every layout. */
    static Content readTree(byte[] bytes, StateSource source) {
        TomlDocument document = TomlDocument.parse(bytes, source);
        List<TomlRecord> tables = document.root().tables(RECORDS);
        long[] ids = TomlRecord.distinctU32(tables, "id");
        List<AppliedMigration> records = new ArrayList<>(tables.size());
        for (int i = 0; i < ids.length; i++) {
            TomlRecord table = tables.get(i);
            records.add(new AppliedMigration(ids[i], table.string("name"), table.string("checksum"),
                    table.instant("applied_at"), table.optionalString("applied_by"),
                    table.optionalNonNegative("execution_ms")));
        }
        boolean appendable = !document.isBlank()
                && (tables.isEmpty() ? !document.root().contains(RECORDS)
                        : document.isExtensibleArrayOfTables(RECORDS));
        return new Content(records, appendable);
    }

    /**
     * Writes {@code applied.toml}.
     *
     * @param records the records, in the order to write them
     * @return the file's content, byte-identical to the Rust tool's for values without
     *     {@code "}, {@code \} or control characters (and without {@code execution_ms})
     */
    public static byte[] write(List<AppliedMigration> records) {
        if (records.isEmpty()) {
            return new TomlWriter().emptyArray(RECORDS).toBytes();
        }
        TomlWriter writer = new TomlWriter();
        for (int i = 0; i < records.size(); i++) {
            if (i > 0) {
                writer.blankLine();
            }
            table(writer, records.get(i));
        }
        return writer.toBytes();
    }

    /**
     * What to append to a file that is {@linkplain Content#appendable() appendable} to add a
     * record: an empty line, then the record's table. Appending it to the output of
     * {@link #write} gives the output of {@code write} with the record added.
     *
     * @param record the record
     * @return an empty line and the {@code [[migrations]]} table, ending with a line break
     */
    public static byte[] appended(AppliedMigration record) {
        return table(new TomlWriter().blankLine(), record).toBytes();
    }

    private static TomlWriter table(TomlWriter writer, AppliedMigration record) {
        writer.arrayTable(RECORDS)
                .integer("id", record.id())
                .string("name", record.name())
                .string("checksum", record.checksum())
                .string("applied_at", Rfc3339.format(record.appliedAt()));
        record.appliedBy().ifPresent(by -> writer.string("applied_by", by));
        record.executionMs().ifPresent(ms -> writer.integer("execution_ms", ms));
        return writer;
    }

    /**
     * Reads records laid out exactly as {@link #write} (and the Rust tool) writes them, with ids in
     * ascending order.
     *
     * @param bytes the file's content
     * @return the records (the file is appendable), or null when the content holds no record or is
     *     laid out any other way
     */
    static Content readWritten(byte[] bytes) {
        WrittenLayout layout = new WrittenLayout(bytes);
        List<AppliedMigration> records = new ArrayList<>();
        long previous = -1;
        do {
            AppliedMigration record = records.isEmpty() || layout.skip(LINE_END) ? readWritten(layout) : null;
            if (record == null || record.id() <= previous) {
                return null;
            }
            records.add(record);
            previous = record.id();
        } while (!layout.atEnd());
        return new Content(records, true);
    }

    /** @return the record that comes next, or null when something else does */
    private static AppliedMigration readWritten(WrittenLayout layout) {
        long id = layout.skip(RECORD_START) ? layout.u32() : -1;
        String name = id >= 0 && layout.skip(WrittenLayout.NAME_START) ? layout.plainString() : null;
        String checksum = name != null && layout.skip(WrittenLayout.CHECKSUM_START) ? layout.plainString() : null;
        Optional<Instant> instant = checksum != null && layout.skip(APPLIED_AT_START) ? layout.timestamp()
                : Optional.empty();
        if (instant.isEmpty() || !layout.skip(WrittenLayout.QUOTE_LINE_END)) {
            return null;
        }
        Optional<String> appliedBy = Optional.empty();
        if (layout.skip(APPLIED_BY_START)) {
            appliedBy = Optional.of(layout.plainString());
            if (!layout.skip(WrittenLayout.QUOTE_LINE_END)) {
                return null;
            }
        }
        OptionalLong executionMs = OptionalLong.empty();
        if (layout.skip(EXECUTION_MS_START)) {
            long ms = layout.nonNegative();
            if (ms < 0 || !layout.skip(LINE_END)) {
                return null;
            }
            executionMs = OptionalLong.of(ms);
        }
        return new AppliedMigration(id, name, checksum, instant.get(), appliedBy, executionMs);
    }
}
