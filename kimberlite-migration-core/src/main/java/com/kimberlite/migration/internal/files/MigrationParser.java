package com.kimberlite.migration.internal.files;

import com.kimberlite.migration.MigrationParseException;
import com.kimberlite.migration.internal.state.Rfc3339;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads migration files exactly as Kimberlite's own tool does (see DESIGN.md, "Migration file"), in
 * one streaming pass whatever their size.
 *
 * <p>The file is decoded as strict UTF-8 chunk by chunk and the line rules of {@link MigrationText}
 * applied; the header values are read from the header comments ({@code Migration:},
 * {@code Created:}, {@code Author:}, and this library's {@code Transaction:}; the last of a
 * repeated key wins), while the body streams through the SHA-256 digest and the search for the
 * {@code -- Down Migration} line. The body's text is kept only up to {@link #IN_MEMORY_LIMIT}
 * characters; a longer body is left in the file and read again, with its checksum checked, when it
 * is needed.
 */
public final class MigrationParser {

    /**
     * The longest body, in chars, kept in memory: 1 Mi chars, at most 2 MiB of heap. Practically
     * every hand-written migration is far shorter, and is read once. A longer one holds generated
     * data; reading its file a second time to execute it costs little next to executing that much
     * SQL, and leaving it on disk keeps the heap of a command (which holds every file of the folder)
     * bounded by the number of files, not by their size.
     */
    public static final int IN_MEMORY_LIMIT = 1 << 20;

    private MigrationParser() {
    }

    /**
     * Reads and parses one file.
     *
     * @param path the migration file
     * @return what was read
     * @throws com.kimberlite.migration.InvalidMigrationNameException if the file name has no id
     * @throws MigrationParseException if the file cannot be read or is not UTF-8
     */
    public static ParsedMigration load(Path path) {
        return load(path, IN_MEMORY_LIMIT, MigrationScanner.CHUNK_SIZE);
    }

    /**
     * Reads and parses one file.
     *
     * @param path the migration file
     * @param inMemoryLimit the longest body kept in memory, in chars
     * @param chunkSize bytes read from the file at a time
     * @return what was read
     */
    static ParsedMigration load(Path path, int inMemoryLimit, int chunkSize) {
        Path fileName = path.getFileName();
        if (fileName == null) {
            throw new MigrationParseException(path, 0, "not a file name; pass the path of a NNNN_name.sql file", null);
        }
        long id = FileName.id(fileName.toString());
        Reading reading = new Reading(inMemoryLimit);
        try (MigrationScanner scanner = new MigrationScanner(path, reading, chunkSize)) {
            scanner.scan();
        }
        String name = reading.name != null ? reading.name : FileName.fallbackName(fileName.toString());
        String checksum = reading.digest.finish();
        BodySections.Sections sections = reading.sections.finish();
        MigrationBody body = reading.text != null
                ? MigrationBody.inMemory(reading.text.toString(), sections)
                : MigrationBody.onDisk(path, id, name, checksum, sections, chunkSize);
        return new ParsedMigration(path, id, name, reading.createdAt != null ? reading.createdAt : Instant.now(),
                Optional.ofNullable(reading.author), checksum, reading.transactional, reading.firstSqlLine, body);
    }

    /** The header values read so far (the last of a repeated key wins), and the body's digests. */
    private static final class Reading implements BodyListener {
        private final int inMemoryLimit;
        private final BodyDigest digest = new BodyDigest();
        private final BodySections sections = new BodySections();
        private StringBuilder text = new StringBuilder();
        private String name;
        private Instant createdAt;
        private String author;
        private boolean transactional = true;
        private int firstSqlLine = 1;

        Reading(int inMemoryLimit) {
            this.inMemoryLimit = inMemoryLimit;
        }

        @Override
        public void headerComment(String comment) {
            if (comment.startsWith("Migration:")) {
                name = RustText.trim(comment.substring("Migration:".length()));
            } else if (comment.startsWith("Created:")) {
                createdAt = Rfc3339.parse(RustText.trim(comment.substring("Created:".length()))).orElse(null);
            } else if (comment.startsWith("Author:")) {
                author = RustText.trim(comment.substring("Author:".length()));
            } else if (comment.startsWith("Transaction:")) {
                transactional = !RustText.trim(comment.substring("Transaction:".length())).equalsIgnoreCase("none");
            }
        }

        @Override
        public void bodyStarts(int line) {
            firstSqlLine = line;
        }

        @Override
        public void body(char[] chars, int from, int to) {
            digest.body(chars, from, to);
            sections.body(chars, from, to);
            if (text != null) {
                if (text.length() + (to - from) > inMemoryLimit) {
                    text = null;
                } else {
                    text.append(chars, from, to - from);
                }
            }
        }
    }
}
