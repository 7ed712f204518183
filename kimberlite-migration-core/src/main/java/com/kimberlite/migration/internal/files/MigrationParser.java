package com.kimberlite.migration.internal.files;

import com.kimberlite.migration.Migration;
import com.kimberlite.migration.MigrationFile;
import com.kimberlite.migration.MigrationParseException;
import com.kimberlite.migration.internal.state.Rfc3339;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Reads migration files exactly as Kimberlite's own tool does (see DESIGN.md, "Migration file").
 *
 * <p>The text is split into lines on {@code \n}; a {@code \r} just before a {@code \n} is dropped.
 * While no SQL line has been seen, blank lines are dropped and {@code --} comment lines are header
 * lines: leading {@code --} are stripped, the rest trimmed, and {@code Migration:},
 * {@code Created:}, {@code Author:} (and this library's {@code Transaction:}) are read; the last of
 * a repeated key wins. The first other line starts the body, which keeps every line from there on.
 * A UTF-8 byte order mark at the start is dropped.
 */
public final class MigrationParser {

    private static final char BOM = '\uFEFF';

    private MigrationParser() {
    }

    /**
     * Reads and parses one file.
     *
     * @param path the migration file
     * @return the parsed file
     * @throws com.kimberlite.migration.InvalidMigrationNameException if the file name has no id
     * @throws MigrationParseException if the file cannot be read or is not UTF-8
     */
    public static MigrationFile load(Path path) {
        Path fileName = path.getFileName();
        if (fileName == null) {
            throw new MigrationParseException(path, 0, "not a file name; pass the path of a NNNN_name.sql file", null);
        }
        long id = FileName.id(fileName.toString());
        String text = decode(path, read(path));
        return parse(path, id, fileName.toString(), text);
    }

    /**
     * Parses the text of a migration file.
     *
     * @param path the file, for the result and for messages
     * @param id the id from the file name
     * @param fileName the file name, for the fallback name
     * @param text the file's content
     * @return the parsed file
     */
    public static MigrationFile parse(Path path, long id, String fileName, String text) {
        Header header = new Header();
        StringBuilder body = new StringBuilder(text.length());
        boolean inHeader = true;
        boolean firstBodyLine = true;
        int line = 0;
        int bodyLine = 1;
        int start = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        while (start < text.length()) {
            line++;
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int next = newline < 0 ? text.length() : newline + 1;
            if (newline >= 0 && end > start && text.charAt(end - 1) == '\r') {
                end--;
            }
            if (inHeader) {
                String trimmed = RustText.trim(text.subSequence(start, end));
                if (trimmed.startsWith("--")) {
                    header.read(RustText.trim(RustText.trimStartMatches(trimmed, "--")));
                    start = next;
                    continue;
                }
                if (trimmed.isEmpty()) {
                    start = next;
                    continue;
                }
                inHeader = false;
                bodyLine = line;
            }
            if (!firstBodyLine) {
                body.append('\n');
            }
            body.append(text, start, end);
            firstBodyLine = false;
            start = next;
        }
        String sql = body.toString();
        Migration migration = new Migration(id, header.name != null ? header.name : FileName.fallbackName(fileName),
                sql, header.createdAt != null ? header.createdAt : Instant.now(), Optional.ofNullable(header.author));
        return new MigrationFile(path, migration, checksum(sql), header.transactional, bodyLine);
    }

    /**
     * @param sql a migration body
     * @return the lowercase hex SHA-256 of its UTF-8 bytes
     */
    public static String checksum(String sql) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(sql.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static byte[] read(Path path) {
        try {
            if (Files.isDirectory(path)) {
                throw new MigrationParseException(path, 0,
                        "it is a folder, not a file; move it out of the migrations folder or rename it", null);
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new MigrationParseException(path, 0, "the file does not exist", e);
        } catch (IOException e) {
            throw new MigrationParseException(path, 0, "cannot read it: " + e, e);
        }
    }

    private static String decode(Path path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        try {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                result.throwException();
            }
            decoder.flush(out);
        } catch (CharacterCodingException e) {
            int offset = in.position();
            throw new MigrationParseException(path, lineAt(bytes, offset),
                    "stream did not contain valid UTF-8 (invalid byte 0x"
                            + String.format("%02x", bytes[offset] & 0xff) + " at byte offset " + offset
                            + "); save the file as UTF-8", e);
        }
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The header values read so far; the last of a repeated key wins. */
    private static final class Header {
        private String name;
        private Instant createdAt;
        private String author;
        private boolean transactional = true;

        void read(String comment) {
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
    }
}
