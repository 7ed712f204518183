package com.kimberlite.migration.internal.files;

import com.kimberlite.migration.ChecksumMismatchException;
import com.kimberlite.migration.MigrationParseException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads migration files exactly as Kimberlite's own tool does (see DESIGN.md, "Migration file"), in
 * one pass whatever their size.
 *
 * <p>A file no longer than one chunk, as nearly every migration is, is read in one piece: its text
 * taken as it is when it is ASCII ({@link AsciiText}), decoded at once otherwise, its header read
 * by {@link MigrationText#header(CharSequence, BodyListener)} and its body cut from the text, then
 * hashed whole, and kept if it is no longer than {@link #IN_MEMORY_LIMIT}. A longer file streams:
 * it is decoded as strict UTF-8 chunk by chunk and the line rules of {@link MigrationText} applied;
 * the header values are read from the header comments ({@code Migration:}, {@code Created:},
 * {@code Author:}, and this library's {@code Transaction:}; the last of a repeated key wins), while the
 * body streams through the SHA-256 digest and the search for the {@code -- Down Migration} line.
 * The body's text is kept only up to {@link #IN_MEMORY_LIMIT} characters; a longer body is left in
 * the file and read again, with its checksum checked, when it is needed.
 */
public final class MigrationParser {

    /**
     * The longest body, in chars, kept in memory once its file is read: 4 Ki chars, a page of a
     * file. Most hand-written migrations are shorter, and are read once. A longer body is left in
     * its file and read again, its checksum checked, only when it is executed or shown: validating
     * and planning, which read every file of the folder, need its checksum and not its text, and
     * the heap they hold stays bounded by the number of files, not by their size. (Kept, the bodies
     * of 10,000 files of 10 KiB were 100 MiB that the collector copied while the files loaded:
     * about half of the CPU time a validation took beyond reading and hashing the files.)
     */
    public static final int IN_MEMORY_LIMIT = 4 * 1024;

    private static final char REPLACEMENT = '\uFFFD';

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
        return load(path, fileName.toString(), FileName.id(fileName.toString()), Instant.now(), inMemoryLimit,
                chunkSize);
    }

    /**
     * Reads and parses one file whose name and id are known already, as they are to discovery.
     *
     * @param path the migration file
     * @param fileName its file name
     * @param id the id in its file name
     * @param readAt when the file is read, the creation time of a file without a valid
     *     {@code -- Created:} header (discovery takes the time once for a whole folder)
     * @return what was read
     */
    static ParsedMigration load(Path path, String fileName, long id, Instant readAt) {
        return load(path, fileName, id, readAt, IN_MEMORY_LIMIT, MigrationScanner.CHUNK_SIZE);
    }

    private static ParsedMigration load(Path path, String fileName, long id, Instant readAt, int inMemoryLimit,
            int chunkSize) {
        byte[] whole = MigrationScanner.readAtMost(path, chunkSize);
        if (whole != null) {
            // An ASCII file is read from its bytes; another is decoded whole. The lenient decoder
            // puts U+FFFD where the bytes are not UTF-8: then the strict one below names the line
            // and byte offset (or finds a U+FFFD written in the file).
            AsciiText ascii = AsciiText.of(whole);
            CharSequence text = ascii != null ? ascii : new String(whole, StandardCharsets.UTF_8);
            if (ascii != null || ((String) text).indexOf(REPLACEMENT) < 0) {
                Header header = new Header();
                int start = MigrationText.header(text, header);
                int end = MigrationText.bodyEnd(text, start);
                AsciiText asciiBody = ascii != null ? ascii.part(start, end) : null;
                // an ASCII body with no \r\n to drop is kept as the bytes whole[start..end)
                CharSequence body = asciiBody != null && !asciiBody.contains('\r')
                        ? asciiBody
                        : MigrationText.body(text, start, end);
                // an ASCII body without a \r\n dropped is the bytes whole[start..end), hashed as they are
                String checksum = ascii != null && body.length() == end - start
                        ? BodyDigest.of(whole, start, end)
                        : BodyDigest.of(body.toString());
                MigrationBody kept = body.length() <= inMemoryLimit
                        ? MigrationBody.inMemory(body, null)
                        : MigrationBody.onDisk(path, id, nameOf(fileName, header), checksum, body.length(), null,
                                chunkSize);
                return parsed(path, fileName, id, header, readAt, checksum, kept);
            }
        }
        Streamed streamed = scan(path, inMemoryLimit, chunkSize);
        String checksum = streamed.digest.finish();
        BodySections.Sections sections = streamed.sections.finish();
        MigrationBody body = streamed.text != null
                ? MigrationBody.inMemory(streamed.text.toString(), sections)
                : MigrationBody.onDisk(path, id, nameOf(fileName, streamed), checksum, sections.whole().end(), sections,
                        chunkSize);
        return parsed(path, fileName, id, streamed, readAt, checksum, body);
    }

    /**
     * Reads the file of a body left on disk again, streaming, for the sections that were not found
     * when it was loaded.
     *
     * @param body a body on disk
     * @return its sections
     * @throws ChecksumMismatchException if the file's body changed since it was loaded
     * @throws MigrationParseException if the file can no longer be read or is no longer UTF-8
     */
    static BodySections.Sections sections(MigrationBody body) {
        Streamed streamed = scan(body.file(), 0, body.chunkSize());
        String found = streamed.digest.finish();
        if (!found.equals(body.checksum())) {
            throw body.changed(found);
        }
        return streamed.sections.finish();
    }

    /** @return what streaming the whole file gave, its body's text kept up to {@code inMemoryLimit} chars */
    private static Streamed scan(Path path, int inMemoryLimit, int chunkSize) {
        Streamed streamed = new Streamed(inMemoryLimit);
        try (MigrationScanner scanner = new MigrationScanner(path, streamed, chunkSize)) {
            scanner.scan();
        }
        return streamed;
    }

    private static ParsedMigration parsed(Path path, String fileName, long id, Header header, Instant readAt,
            String checksum, MigrationBody body) {
        return new ParsedMigration(path, id, nameOf(fileName, header), CreatedAt.header(header.created, readAt),
                Optional.ofNullable(header.author), checksum, header.transactional, header.firstSqlLine, body);
    }

    private static String nameOf(String fileName, Header header) {
        return header.name != null ? header.name : FileName.fallbackName(fileName);
    }

    /**
     * The header values read so far (the last of a repeated key wins). The body's characters are
     * not looked at: a file read whole takes its body from the text.
     */
    private static class Header implements BodyListener {
        private static final String MIGRATION = "Migration:";
        private static final String CREATED = "Created:";
        private static final String AUTHOR = "Author:";
        private static final String TRANSACTION = "Transaction:";

        private String name;
        /** The {@code Created:} value as written, read as a timestamp only when asked for. */
        private String created;
        private String author;
        private boolean transactional = true;
        private int firstSqlLine = 1;

        @Override
        public void headerComment(CharSequence text, int from, int to) {
            if (startsWith(text, from, to, MIGRATION)) {
                name = value(text, from, to, MIGRATION);
            } else if (startsWith(text, from, to, CREATED)) {
                created = value(text, from, to, CREATED);
            } else if (startsWith(text, from, to, AUTHOR)) {
                author = value(text, from, to, AUTHOR);
            } else if (startsWith(text, from, to, TRANSACTION)) {
                transactional = !value(text, from, to, TRANSACTION).equalsIgnoreCase("none");
            }
        }

        /** @return whether the comment {@code text[from..to)} starts with {@code key} */
        private static boolean startsWith(CharSequence text, int from, int to, String key) {
            if (to - from < key.length()) {
                return false;
            }
            for (int i = 0; i < key.length(); i++) {
                if (text.charAt(from + i) != key.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /** @return the trimmed text after {@code key}, which the comment {@code text[from..to)} starts with */
        private static String value(CharSequence text, int from, int to, String key) {
            return RustText.trim(text, from + key.length(), to);
        }

        @Override
        public void bodyStarts(int line) {
            firstSqlLine = line;
        }

        @Override
        public void body(char[] chars, int from, int to) {
            // taken from the whole text instead
        }
    }

    /** The header values, and the body's digests as it streams by; its text while it is short. */
    private static final class Streamed extends Header {
        private final int inMemoryLimit;
        private final BodyDigest digest = new BodyDigest();
        private final BodySections sections = new BodySections();
        private StringBuilder text = new StringBuilder();

        Streamed(int inMemoryLimit) {
            this.inMemoryLimit = inMemoryLimit;
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
