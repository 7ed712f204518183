package com.kimberlite.migration;

import java.nio.file.Path;

/**
 * A statement of a migration failed in the database. For a migration run in a transaction (the
 * default), the transaction was rolled back and nothing was recorded; for one run with
 * {@code -- Transaction: none}, the migration is left {@link MigrationState#INTERRUPTED}.
 *
 * <p>The message names the migration (id, name, file), the statement's number and line, the
 * first 200 characters of the statement and the database's message.
 */
public class MigrationExecutionException extends MigrationException {

    private static final long serialVersionUID = 1L;

    /** How many characters of the failed statement the message shows. */
    public static final int STATEMENT_EXCERPT = 200;

    private final long id;
    private final transient Path file;
    private final int statementNumber;
    private final int line;
    private final boolean partiallyApplied;

    /**
     * @param id the migration's id
     * @param name the migration's name
     * @param file the migration file
     * @param statementNumber the 1-based number of the failed statement
     * @param line the 1-based line of the file where it starts
     * @param statement the statement's text
     * @param outcome what became of the migration, e.g. "rolled back, nothing recorded"
     * @param partiallyApplied whether statements before the failed one may have stayed applied
     * @param cause the database's error
     */
    public MigrationExecutionException(long id, String name, Path file, int statementNumber, int line,
            String statement, String outcome, boolean partiallyApplied, Throwable cause) {
        super("Migration " + id + " (" + name + ") failed at statement " + statementNumber + " (" + file + ", line "
                + line + "): " + databaseMessage(cause) + "\n    Statement: " + excerpt(statement) + "\n    " + outcome,
                cause);
        this.id = id;
        this.file = file;
        this.statementNumber = statementNumber;
        this.line = line;
        this.partiallyApplied = partiallyApplied;
    }

    private static String databaseMessage(Throwable cause) {
        return cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage().strip();
    }

    private static String excerpt(String statement) {
        String flat = statement.strip();
        return flat.length() <= STATEMENT_EXCERPT ? flat : flat.substring(0, STATEMENT_EXCERPT) + "...";
    }

    /** @return the migration's id */
    public long id() {
        return id;
    }

    /** @return the migration file */
    public Path file() {
        return file;
    }

    /** @return the 1-based number of the failed statement */
    public int statementNumber() {
        return statementNumber;
    }

    /** @return the 1-based line of the file where the failed statement starts */
    public int line() {
        return line;
    }

    /**
     * @return whether statements before the failed one may have stayed applied: the migration ran
     *     outside a transaction, or the database committed a schema change of it at once; the
     *     migration is then left {@link MigrationState#INTERRUPTED}
     */
    public boolean partiallyApplied() {
        return partiallyApplied;
    }
}
