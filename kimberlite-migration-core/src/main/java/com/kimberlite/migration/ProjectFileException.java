package com.kimberlite.migration;

import java.nio.file.Path;

/**
 * The project file {@code kimberlite.toml} cannot be read: not UTF-8, not TOML, or one of the
 * settings {@link ProjectSettings} reads has the wrong type (such as {@code directory = 3}).
 *
 * <p>Message: {@code Invalid project file <file>, line <n>: <reason>. Fix the file and run again.}
 * (without the line when the problem is not about one line).
 */
public class ProjectFileException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    /**
     * @param file the project file
     * @param line the 1-based line of the problem, or 0 when not about one line
     * @param reason what is wrong and what to do
     * @param cause the underlying failure, or {@code null}
     */
    public ProjectFileException(Path file, int line, String reason, Throwable cause) {
        super("Invalid project file " + file + (line > 0 ? ", line " + line : "") + ": " + reason, cause);
        this.file = file;
        this.line = line;
    }

    /** @return the project file */
    public Path file() {
        return file;
    }

    /** @return the 1-based line of the problem, or 0 when it is not about one line */
    public int line() {
        return line;
    }
}
