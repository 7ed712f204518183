package com.kimberlite.migration;

import com.kimberlite.migration.internal.execution.ReadAhead;
import com.kimberlite.migration.internal.execution.StatementSplitter;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The up- or down-section of one migration, as a {@link MigrationExecutor} runs it.
 *
 * @param file the migration file
 * @param direction which section
 */
public record MigrationScript(MigrationFile file, Direction direction) {

    /** Which section of a migration runs. */
    public enum Direction {
        /** The up-section: applying the migration. */
        UP,
        /** The down-section: rolling it back. */
        DOWN
    }

    /** Checks that no component is {@code null}. */
    public MigrationScript {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(direction, "direction");
    }

    /**
     * @return whether the statements run in one transaction: {@code false} when the file's header
     *     holds {@code -- Transaction: none}
     */
    public boolean transactional() {
        return file.transactional();
    }

    /**
     * The statements of the section, split by a tokenizer that understands quotes, comments,
     * dollar-quoting and {@code BEGIN ATOMIC} bodies; empty and comment-only statements are left
     * out. The stream is lazy: close it when done.
     *
     * <p>The section is read through {@link MigrationFile#openSection(Direction)}: in constant memory
     * (one statement at a time) even for a body of gigabytes that is not kept in memory, whose file
     * is then parsed again and its checksum checked when it ends. The check comes before the stream
     * reports its end, so an executor that commits only after the stream is exhausted never commits
     * a file that changed after it was loaded. Such a body, if it is longer than 1 Mi chars, is split
     * on a thread of its own, a few megabytes of statements ahead of the caller, so that reading and
     * splitting overlap with the database's work; closing the stream stops that thread.
     *
     * @return the statements in order, each with its line in the file
     * @throws MigrationParseException (while streaming) if a quote, comment or body is not closed,
     *     or the file can no longer be read
     * @throws ChecksumMismatchException (while streaming, before the end) if the body was not kept in
     *     memory and has changed since the file was loaded
     */
    public Stream<SqlStatement> statements() {
        StatementSplitter splitter = StatementSplitter.of(file, direction);
        Iterator<SqlStatement> statements = splitter;
        Runnable close = splitter::close;
        if (!file.bodyInMemory() && file.bodyLength() >= ReadAhead.WORTH_A_THREAD) {
            ReadAhead ahead = new ReadAhead(splitter, "kimberlite-migration-" + file.id() + "-statements");
            statements = ahead;
            close = ahead::close;
        }
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(statements,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(close);
    }
}
