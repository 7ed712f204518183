package com.kimberlite.migration;

import java.nio.file.Path;

/**
 * A state file ({@code applied.toml}, {@code in-progress.toml}) or state folder that cannot be
 * read or written: not TOML, a value of the wrong type, a folder that cannot be created.
 *
 * <p>The file is never overwritten after such a failure: the message names the file, the line
 * and the reason, so it can be repaired by hand (or restored from a backup) first.
 */
public class StateFileException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    /**
     * @param message the complete message
     * @param file the state file or folder
     * @param line the 1-based line of the problem, or 0 when not about one line
     * @param cause the underlying failure, or {@code null}
     */
    protected StateFileException(String message, Path file, int line, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    /**
     * @param file the state file or folder
     * @param line the 1-based line of the problem, or 0 when not about one line
     * @param reason what is wrong and what to do
     * @param cause the underlying failure, or {@code null}
     */
    public StateFileException(Path file, int line, String reason, Throwable cause) {
        this("Failed to read or write state file " + file + ": " + (line > 0 ? "line " + line + ": " : "")
                + reason, file, line, cause);
    }

    /** @return the state file or folder; {@code null} for a lock file read from a stream */
    public Path file() {
        return file;
    }

    /** @return the 1-based line of the problem, or 0 when it is not about one line */
    public int line() {
        return line;
    }
}
