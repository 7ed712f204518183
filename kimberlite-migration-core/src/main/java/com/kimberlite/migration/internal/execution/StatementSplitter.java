package com.kimberlite.migration.internal.execution;

import com.kimberlite.migration.MigrationFile;
import com.kimberlite.migration.MigrationScript;
import com.kimberlite.migration.SqlStatement;
import com.kimberlite.migration.MigrationParseException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Splits a SQL script into statements, one at a time, as it reads the script.
 *
 * <p>A tokenizer, not a search for {@code ;}: a {@code ;} ends a statement only outside
 *
 * <ul>
 *   <li>string literals {@code '...'}, in which {@code ''} stands for a quote;
 *   <li>escape strings {@code E'...'} or {@code e'...'} (the {@code E} a word of its own, directly
 *       before the quote), in which a backslash makes the next character stand for itself, so
 *       {@code E'\''} is one string;
 *   <li>quoted identifiers {@code "..."}, in which {@code ""} stands for a quote;
 *   <li>line comments, from {@code --} to the end of the line;
 *   <li>block comments <code>/* ... *&#47;</code>, which nest as in PostgreSQL;
 *   <li>dollar-quoted strings {@code $$ ... $$} or {@code $tag$ ... $tag$}, where the tag is a
 *       letter or {@code _} followed by letters, digits and {@code _}, and the string ends at the
 *       next occurrence of its opening tag; a {@code $} inside a word ({@code a$b}) and a parameter
 *       ({@code $1}) open nothing;
 *   <li>SQL-standard function bodies {@code BEGIN ATOMIC ... END} (PostgreSQL 14 and later): the
 *       words {@code BEGIN} and {@code ATOMIC} in a row, in any case, with only whitespace or
 *       comments between them; inside, each {@code CASE} needs its own {@code END} before the
 *       {@code END} that closes the body. A plain {@code BEGIN;} or {@code BEGIN TRANSACTION} is an
 *       ordinary statement.
 * </ul>
 *
 * <p>Every character from U+0080 on counts as a letter. Standard-conforming strings are assumed:
 * in a plain {@code '...'} literal a backslash is an ordinary character.
 *
 * <p>What a statement is ({@link SqlStatement}): the text from its first token up to, not
 * including, the {@code ;} that ends it or the end of the input, with trailing whitespace removed.
 * Whitespace and comments before the first token are dropped; comments after it are kept
 * verbatim. Whitespace is every {@code char} up to U+0020. A statement without a token (between
 * {@code ;;}, or only comments) is skipped and not counted. Lines are counted by {@code '\n'}
 * only: CRLF and LF files number their lines alike; a lone {@code '\r'} is no line break. A
 * byte-order mark is not skipped: the caller drops it.
 *
 * <p>Memory: the splitter holds one buffer of 4 K to 64 K chars (it grows while reads fill it)
 * and the text of the current statement; whitespace and comments between statements are never
 * held. It reads the next chunk only when the current one is used up, so a script of any length
 * can be split in constant memory as long as each statement fits. Not thread-safe.
 *
 * <p>Failures: every failure while splitting is a {@link MigrationParseException} carrying the
 * file, a line and what to do: an unterminated literal, identifier, block comment,
 * dollar-quoted string or {@code BEGIN ATOMIC} body at the end of the input (with the line where
 * it started), or an {@link IOException} of the reader (line 0). After such a failure the
 * splitter yields nothing more.
 */
public final class StatementSplitter implements Iterator<SqlStatement>, AutoCloseable {

    /** Chars of the first read: enough for a typical migration in one read. */
    private static final int FIRST_BUFFER_SIZE = 4 * 1024;

    /** Chars per read at most: the buffer doubles up to this while reads fill it. */
    private static final int BUFFER_SIZE = 64 * 1024;

    private final Reader reader;
    private final Path file;
    private final StatementScanner scanner;
    private char[] buffer = new char[FIRST_BUFFER_SIZE];
    private int position;
    private int limit;
    private int count;
    private boolean exhausted;
    private SqlStatement next;

    /**
     * Creates a splitter that reads {@code reader} lazily: nothing is read before the first call of
     * {@link #hasNext()} or {@link #next()}.
     *
     * @param reader the script; closed by {@link #close()}, not before
     * @param file the script's file, used in error messages only
     * @param firstLine the line number, in {@code file}, of the reader's first character: 1 for a
     *     whole file, more for a section of it
     * @throws IllegalArgumentException if {@code firstLine} is less than 1
     */
    public StatementSplitter(Reader reader, Path file, int firstLine) {
        if (firstLine < 1) {
            throw new IllegalArgumentException("firstLine must be at least 1, was " + firstLine);
        }
        this.reader = Objects.requireNonNull(reader, "reader");
        this.file = Objects.requireNonNull(file, "file");
        this.scanner = new StatementScanner(file, firstLine);
    }

    /**
     * A splitter over one section of a migration file, with the line numbers of the file. The
     * section is streamed by {@link MigrationFile#openSection(MigrationScript.Direction)}: from memory
     * for a body kept there, else from the file, checking the body's checksum when the file ends.
     *
     * @param file the migration file
     * @param direction {@link MigrationScript.Direction#UP} for the up-section, else the down-section
     * @return a splitter; an absent down-section yields no statement
     * @throws MigrationParseException if the file cannot be opened
     */
    public static StatementSplitter of(MigrationFile file, MigrationScript.Direction direction) {
        return new StatementSplitter(file.openSection(direction), file.path(), file.sectionLine(direction));
    }

    /**
     * Splits a whole script held in memory.
     *
     * @param sql the script
     * @param file the script's file, used in error messages only
     * @param firstLine the line number, in {@code file}, of the first character of {@code sql}
     * @return the statements, in script order
     * @throws MigrationParseException if the script has an unterminated construct
     * @throws IllegalArgumentException if {@code firstLine} is less than 1
     */
    public static List<SqlStatement> split(String sql, Path file, int firstLine) {
        List<SqlStatement> statements = new ArrayList<>();
        try (StatementSplitter splitter = new StatementSplitter(new StringReader(sql), file, firstLine)) {
            splitter.forEachRemaining(statements::add);
        }
        return statements;
    }

    /**
     * Reads on until the next statement is complete or the input ends.
     *
     * @return whether there is another statement
     * @throws MigrationParseException if the script has an unterminated construct or cannot be read
     */
    @Override
    public boolean hasNext() {
        while (next == null && !exhausted) {
            advance();
        }
        return next != null;
    }

    /**
     * Returns the next statement.
     *
     * @return the next statement; its number is one more than the previous one's
     * @throws NoSuchElementException if there is none ({@link #hasNext()} is {@code false})
     * @throws MigrationParseException if the script has an unterminated construct or cannot be read
     */
    @Override
    public SqlStatement next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no statement left in " + file);
        }
        SqlStatement statement = next;
        next = null;
        return statement;
    }

    /**
     * Closes the reader.
     *
     * @throws MigrationParseException if closing the reader fails
     */
    @Override
    public void close() {
        exhausted = true;
        try {
            reader.close();
        } catch (IOException e) {
            throw cannotRead("close", e);
        }
    }

    private void advance() {
        if (position == limit && !fill()) {
            exhausted = true;
            if (scanner.finish()) {
                next = scanner.take(++count);
            }
            return;
        }
        position = scanner.scan(buffer, position, limit);
        if (scanner.isComplete()) {
            next = scanner.take(++count);
        }
    }

    /** @return {@code false} at the end of the input */
    private boolean fill() {
        if (limit == buffer.length && buffer.length < BUFFER_SIZE) {
            // the last read filled the buffer, and all of it has been scanned: read more at once
            buffer = new char[buffer.length * 2];
        }
        int read;
        try {
            do {
                read = reader.read(buffer, 0, buffer.length);
            } while (read == 0);
        } catch (IOException | UncheckedIOException e) {
            exhausted = true;
            throw cannotRead("read", e);
        }
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }

    private MigrationParseException cannotRead(String operation, Exception e) {
        return new MigrationParseException(file, 0, "cannot " + operation + " the SQL (" + e.getMessage()
                + "); check that the file is readable and try again", e);
    }
}
