package com.kimberlite.migration.internal.files;

import com.kimberlite.migration.ChecksumMismatchException;
import com.kimberlite.migration.MigrationParseException;
import com.kimberlite.migration.MigrationScript.Direction;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The body of a migration, held in memory or, when it is long, left in its file and read again
 * on demand. A body in memory is a string, or the bytes of an ASCII file ({@link AsciiText}), from
 * which a string is made each time one is asked for: a check of thousands of applied migrations
 * never asks, and makes no copy of their bodies.
 *
 * <p>A body on disk is read by parsing its file again ({@link SectionReader}), which checks that the
 * body still has the checksum it had when it was loaded. A body in memory is never read again.
 */
public final class MigrationBody {

    private final CharSequence text;
    private final Path file;
    private final long id;
    private final String name;
    private final String checksum;
    private final long length;
    /**
     * Found on first use where they were not found while the file was read: in the text, or by
     * reading the file again; a racing second search finds the same.
     */
    private BodySections.Sections sections;
    private final int chunkSize;

    private MigrationBody(CharSequence text, Path file, long id, String name, String checksum, long length,
            BodySections.Sections sections, int chunkSize) {
        this.text = text;
        this.file = file;
        this.id = id;
        this.name = name;
        this.checksum = checksum;
        this.length = length;
        this.sections = sections;
        this.chunkSize = chunkSize;
    }

    /**
     * @param text a body held in memory
     * @return the body
     */
    public static MigrationBody of(String text) {
        return new MigrationBody(Objects.requireNonNull(text, "text"), null, 0, null, null, text.length(), null, 0);
    }

    /**
     * @param text a body held in memory: a string, or the bytes of an ASCII file
     * @param sections its sections, if they were found while it was read; else null, and they are
     *     found when first needed
     * @return the body
     */
    static MigrationBody inMemory(CharSequence text, BodySections.Sections sections) {
        return new MigrationBody(text, null, 0, null, null, text.length(), sections, 0);
    }

    /**
     * A body left in its file; {@code checksum} is what every later read must find.
     *
     * @param length the number of characters of the body
     * @param sections its sections, if they were found while it was read; else null, and they are
     *     found by reading the file again when first needed
     */
    static MigrationBody onDisk(Path file, long id, String name, String checksum, long length,
            BodySections.Sections sections, int chunkSize) {
        return new MigrationBody(null, file, id, name, checksum, length, sections, chunkSize);
    }

    /** @return whether the text is held in memory; otherwise each read parses the file again */
    public boolean inMemory() {
        return text != null;
    }

    /** @return the number of characters of the body */
    public long length() {
        return length;
    }

    /**
     * @return the whole body; read from the file when it is not in memory
     * @throws com.kimberlite.migration.ChecksumMismatchException if the file's body changed since it
     *     was loaded
     * @throws MigrationParseException if the file can no longer be read
     */
    public String text() {
        return text != null ? text.toString() : read(sections().whole());
    }

    /**
     * @param direction which section
     * @return the section's text, empty when there is none; read from the file when the body is not
     *     in memory
     * @throws com.kimberlite.migration.ChecksumMismatchException if the file's body changed since it
     *     was loaded
     * @throws MigrationParseException if the file can no longer be read
     */
    public String section(Direction direction) {
        return read(section(direction, sections()));
    }

    /**
     * @param direction which section
     * @return a reader of the section; for a body not in memory it reads the file, and throws the
     *     exceptions of {@link #section(Direction)} from {@code read} (unchecked)
     * @throws MigrationParseException if the file cannot be opened
     */
    public Reader open(Direction direction) {
        return open(section(direction, sections()));
    }

    /**
     * @param direction which section
     * @return the 1-based line of the body on which the section begins; 1 when it is empty
     */
    public int line(Direction direction) {
        return (int) Math.min(section(direction, sections()).line(), Integer.MAX_VALUE);
    }

    /** @return the file of a body not in memory */
    Path file() {
        return file;
    }

    long id() {
        return id;
    }

    String name() {
        return name;
    }

    String checksum() {
        return checksum;
    }

    int chunkSize() {
        return chunkSize;
    }

    /**
     * @param found the checksum of the body in the file now
     * @return the error for a body on disk that changed since it was loaded
     */
    ChecksumMismatchException changed(String found) {
        return new ChecksumMismatchException(id, name, file, checksum, found,
                "memory when this command first read the file (it was changed while the command ran)");
    }

    /** @return the sections, found now if they are not known yet */
    private BodySections.Sections sections() {
        BodySections.Sections found = sections;
        if (found == null) {
            found = text != null ? BodySections.of(text) : MigrationParser.sections(this);
            sections = found;
        }
        return found;
    }

    private static BodySections.Section section(Direction direction, BodySections.Sections sections) {
        return direction == Direction.UP ? sections.up() : sections.down();
    }

    private Reader open(BodySections.Section section) {
        if (section.isEmpty()) {
            return Reader.nullReader();
        }
        if (text != null) {
            return new StringReader(text.subSequence((int) section.start(), (int) section.end()).toString());
        }
        return new SectionReader(this, section, chunkSize);
    }

    private String read(BodySections.Section section) {
        if (text != null) {
            return text.subSequence((int) section.start(), (int) section.end()).toString();
        }
        StringBuilder out = new StringBuilder((int) Math.min(section.end() - section.start(), Integer.MAX_VALUE - 8));
        char[] buffer = new char[8192];
        try (Reader reader = open(section)) {
            for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                out.append(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Bodies are equal when both are in memory with the same text, or both are in the same file with
     * the same checksum and length.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof MigrationBody that && Objects.equals(inMemoryText(), that.inMemoryText())
                && Objects.equals(file, that.file) && Objects.equals(checksum, that.checksum)
                && length() == that.length();
    }

    @Override
    public int hashCode() {
        return text != null ? inMemoryText().hashCode() : Objects.hash(file, checksum, length());
    }

    /** @return the text of a body in memory as a string, else null */
    private String inMemoryText() {
        return text != null ? text.toString() : null;
    }
}
