package com.kimberlite.migration.internal.state;

import com.kimberlite.migration.LockEntry;
import com.kimberlite.migration.LockFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The lock file's format, as Kimberlite's own tool reads and writes it:
 *
 * <pre>
 * version = 1
 *
 * [[migration]]
 * id = 1
 * name = "add_users_table"
 * checksum = "a1b2..."
 * </pre>
 *
 * An empty lock is written {@code version = 1} and {@code migration = []} (the Rust tool cannot
 * read a lock without the {@code migration} key); a lock without that key is read as empty.
 * Unknown keys are ignored.
 */
public final class LockFileCodec {

    private static final String ENTRIES = "migration";
    private static final byte[] VERSION_LINE = WrittenLayout.ascii("version = " + LockFile.VERSION + "\n");
    private static final byte[] ENTRY_START = WrittenLayout.ascii("\n[[" + ENTRIES + "]]\nid = ");

    private LockFileCodec() {
    }

    /**
     * Reads a lock file.
     *
     * @param bytes the file's content; blank content is an empty lock
     * @param source the file, for messages
     * @return the entries, in file order
     * @throws com.kimberlite.migration.LockFileException if the content is not UTF-8, not TOML,
     *     not version 1, or a value is missing or of the wrong type
     */
    public static List<LockEntry> read(byte[] bytes, StateSource source) {
        List<LockEntry> written = readWritten(bytes);
        return written != null ? written : readTree(bytes, source);
    }

    /** {@link #read} through the TOML tree, which takes every layout. */
    static List<LockEntry> readTree(byte[] bytes, StateSource source) {
        TomlDocument document = TomlDocument.parse(bytes, source);
        if (document.isBlank()) {
            return List.of();
        }
        TomlRecord root = document.root();
        long version = root.u32("version");
        if (version != LockFile.VERSION) {
            throw root.invalid("version", "is " + version + ", but only version " + LockFile.VERSION
                    + " exists; was the file written by a newer tool?");
        }
        List<TomlRecord> tables = root.tables(ENTRIES);
        long[] ids = TomlRecord.distinctU32(tables, "id");
        List<LockEntry> entries = new ArrayList<>(tables.size());
        for (int i = 0; i < ids.length; i++) {
            TomlRecord table = tables.get(i);
            entries.add(new LockEntry(ids[i], table.string("name"), table.string("checksum")));
        }
        return entries;
    }

    /**
     * Writes a lock file.
     *
     * @param entries the entries, in the order to write them
     * @return the file's content, byte-identical to the Rust tool's for names without
     *     {@code "}, {@code \} or control characters
     */
    public static byte[] write(Collection<LockEntry> entries) {
        TomlWriter writer = new TomlWriter().integer("version", LockFile.VERSION);
        if (entries.isEmpty()) {
            return writer.emptyArray(ENTRIES).toBytes();
        }
        for (LockEntry entry : entries) {
            writer.blankLine()
                    .arrayTable(ENTRIES)
                    .integer("id", entry.id())
                    .string("name", entry.name())
                    .string("checksum", entry.checksum());
        }
        return writer.toBytes();
    }

    /**
     * Reads a non-empty lock laid out exactly as {@link #write} (and the Rust tool) writes it, with
     * ids in ascending order.
     *
     * @param bytes the file's content
     * @return the entries, or null when the content is laid out any other way
     */
    static List<LockEntry> readWritten(byte[] bytes) {
        WrittenLayout layout = new WrittenLayout(bytes);
        if (!layout.skip(VERSION_LINE)) {
            return null;
        }
        List<LockEntry> entries = new ArrayList<>();
        long previous = -1;
        while (!layout.atEnd()) {
            long id = layout.skip(ENTRY_START) ? layout.u32() : -1;
            String name = id > previous && layout.skip(WrittenLayout.NAME_START) ? layout.plainString() : null;
            String checksum = name != null && layout.skip(WrittenLayout.CHECKSUM_START) ? layout.plainString() : null;
            if (checksum == null || !layout.skip(WrittenLayout.QUOTE_LINE_END)) {
                return null;
            }
            entries.add(new LockEntry(id, name, checksum));
            previous = id;
        }
        return entries.isEmpty() ? null : entries;
    }
}
