package com.kimberlite.migration;

import java.nio.file.Path;

/**
 * A migration file that cannot be read as a migration: not UTF-8, not a regular file, or SQL
 * that cannot be split into statements (an unterminated string, comment or dollar-quoted body).
 *
 * <p>Message: {@code Failed to parse migration file <path>: <reason>}, with the line where the
 * problem is when it is known.
 */
public class MigrationParseException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    /**
     * @param file the migration file
     * @param line the 1-based line the problem is on, or 0 when it concerns the whole file
     * @param reason what is wrong and what to do
     * @param cause the underlying failure, or {@code null}
     */
    public MigrationParseException(Path file, int line, String reason, Throwable cause) {
        super("Failed to parse migration file " + file + ": " + (line > 0 ? "line " + line + ": " : "")
                + reason, cause);
        this.file = file;
        this.line = line;
    }

    /** @return the migration file */
    public Path file() {
        return file;
    }

    /** @return the 1-based line of the problem, or 0 when it concerns the whole file */
    public int line() {
        return line;
    }
}
