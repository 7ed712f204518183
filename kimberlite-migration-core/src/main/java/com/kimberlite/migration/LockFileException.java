package com.kimberlite.migration;

import java.nio.file.Path;

/**
 * The lock file ({@code .kimberlite/migrations/.lock}) cannot be read or written: not TOML, a
 * value of the wrong type, an unsupported version, or its folder cannot be created.
 *
 * <p>Message: {@code Lock file error: <reason>}, naming the file and, where it applies, the line.
 * The lock file is never overwritten after such a failure.
 */
public class LockFileException extends StateFileException {

    private static final long serialVersionUID = 1L;

    /**
     * @param file the lock file
     * @param line the 1-based line of the problem, or 0 when not about one line
     * @param reason what is wrong and what to do
     * @param cause the underlying failure, or {@code null}
     */
    public LockFileException(Path file, int line, String reason, Throwable cause) {
        super(message(String.valueOf(file), line, reason), file, line, cause);
    }

    /**
     * For a lock file that was not read from a file system path, such as a classpath resource;
     * {@link #file()} is then {@code null}.
     *
     * @param source the name of the lock file's source, such as {@code classpath:db/.lock}
     * @param line the 1-based line of the problem, or 0 when not about one line
     * @param reason what is wrong and what to do
     * @param cause the underlying failure, or {@code null}
     */
    public LockFileException(String source, int line, String reason, Throwable cause) {
        super(message(source, line, reason), null, line, cause);
    }

    private static String message(String source, int line, String reason) {
        return "Lock file error: " + source + ": " + (line > 0 ? "line " + line + ": " : "") + reason;
    }
}
