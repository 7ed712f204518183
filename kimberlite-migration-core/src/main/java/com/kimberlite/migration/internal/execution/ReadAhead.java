package com.kimberlite.migration.internal.execution;

import com.kimberlite.migration.MigrationException;
import com.kimberlite.migration.SqlStatement;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * Splits statements on a thread of its own, ahead of the thread that runs them, so that reading,
 * decoding, checksumming and splitting a body read from its file overlap with the database's work.
 *
 * <p>The caller sees exactly what the splitter yields, in order, and what it throws at the same
 * place: a failure of the splitter (an unterminated construct, a file that changed since it was
 * loaded) is thrown by {@link #hasNext()} after every statement before it, and before the end is
 * reported. Statements of at most {@link #BUDGET} characters in all wait at a time; a longer single
 * statement still may. {@link #close()} stops the thread, which closes the splitter. For one caller
 * thread.
 */
public final class ReadAhead implements Iterator<SqlStatement>, AutoCloseable {

    /** The characters of statements split ahead at most: 4 Mi, 8 MiB of heap. */
    static final int BUDGET = 4 * 1024 * 1024;

    /**
     * The shortest body, in chars, worth a thread of its own: 1 Mi chars. A shorter one read from
     * its file is split on the thread that runs it, in less time than the database takes to run it.
     */
    public static final long WORTH_A_THREAD = 1 << 20;

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Semaphore budget;
    private final int limit;
    private final Thread thread;
    /** Taken from the queue and not yet returned: a statement, a failure or {@link #END}. */
    private Object head;

    /**
     * Starts the thread.
     *
     * @param splitter the statements; from now on used and closed by the thread only
     * @param threadName the thread's name
     */
    public ReadAhead(StatementSplitter splitter, String threadName) {
        this(splitter, threadName, BUDGET);
    }

    /**
     * Starts the thread.
     *
     * @param splitter the statements; from now on used and closed by the thread only
     * @param threadName the thread's name
     * @param budget the characters of statements split ahead at most
     */
    ReadAhead(StatementSplitter splitter, String threadName, int budget) {
        this.budget = new Semaphore(budget);
        this.limit = budget;
        thread = new Thread(() -> split(splitter), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Waits until the next statement is split, or the end or a failure is reached.
     *
     * @return whether there is another statement
     * @throws MigrationException what the splitter threw, or if the calling thread is interrupted
     *     while it waits
     */
    @Override
    public boolean hasNext() {
        if (head == null) {
            head = take();
        }
        if (head instanceof RuntimeException failure) {
            throw failure;
        }
        if (head instanceof Error failure) {
            throw failure;
        }
        return head != END;
    }

    /**
     * @return the next statement
     * @throws NoSuchElementException if there is none
     */
    @Override
    public SqlStatement next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no statement left");
        }
        SqlStatement statement = (SqlStatement) head;
        head = null;
        budget.release(cost(statement));
        return statement;
    }

    /** Stops the thread and waits for it to close the splitter. */
    @Override
    public void close() {
        thread.interrupt();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void split(StatementSplitter splitter) {
        try (splitter) {
            while (splitter.hasNext()) {
                SqlStatement statement = splitter.next();
                budget.acquire(cost(statement));
                queue.put(statement);
            }
            queue.put(END);
        } catch (InterruptedException e) {
            // closed: nobody takes anything more
        } catch (RuntimeException | Error e) {
            queue.add(e);
        }
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException("Interrupted while waiting for the next statement of a migration", e);
        }
    }

    private int cost(SqlStatement statement) {
        return Math.min(statement.sql().length(), limit);
    }
}
