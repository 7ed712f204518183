package com.kimberlite.migration.cli.config;

import java.nio.file.Path;

/** {@code kimberlite.toml} cannot be read, or a value this tool reads from it is malformed. */
public final class ProjectFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param file the file
     * @param line the 1-based line, or 0 when the problem is not about one line
     * @param reason what is wrong and the expected form
     */
    public ProjectFileException(Path file, int line, String reason) {
        super("Invalid project file " + file + (line > 0 ? ", line " + line : "") + ": " + reason);
    }
}
