package com.kimberlite.migration.internal.state;

import com.kimberlite.migration.LockFileException;
import com.kimberlite.migration.StateFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A state file being read or written: how it is named in messages, which exception its failures
 * raise ({@link LockFileException} for the lock file, {@link StateFileException} otherwise), and
 * what a user can do about a file that cannot be read.
 */
public final class StateSource {

    private final String name;
    private final Path file;
    private final boolean lock;

    private StateSource(String name, Path file, boolean lock) {
        this.name = Objects.requireNonNull(name, "name");
        this.file = file;
        this.lock = lock;
    }

    /**
     * @param file the lock file
     * @return the source of a lock file on disk
     */
    public static StateSource lockFile(Path file) {
        return new StateSource(file.toString(), file, true);
    }

    /**
     * @param name the name of a lock file that is not on disk, such as a classpath resource
     * @return the source of that lock file
     */
    public static StateSource lockResource(String name) {
        return new StateSource(name, null, true);
    }

    /**
     * @param file the {@code applied.toml} file
     * @return the source of a file of applied-migration records
     */
    public static StateSource appliedFile(Path file) {
        return new StateSource(file.toString(), file, false);
    }

    /** @return the file's name in messages: its path, or the resource name */
    public String name() {
        return name;
    }

    /**
     * The failure to report.
     *
     * @param line the 1-based line of the problem, or 0 when it is not about one line
     * @param reason what is wrong and what to do
     * @param cause the underlying failure, or {@code null}
     * @return a {@link LockFileException} for the lock file, else a {@link StateFileException}
     */
    public StateFileException error(int line, String reason, Throwable cause) {
        if (!lock) {
            return new StateFileException(file, line, reason, cause);
        }
        return file != null ? new LockFileException(file, line, reason, cause)
                : new LockFileException(name, line, reason, cause);
    }

    /**
     * The failure to report for content that cannot be read: the reason followed by what to do.
     *
     * @param line the 1-based line of the problem, or 0 when it is not about one line
     * @param problem what is wrong, without a final period
     * @param cause the underlying failure, or {@code null}
     * @return the exception to throw
     */
    public StateFileException unreadable(int line, String problem, Throwable cause) {
        String restore = lock ? "restore it from version control" : "restore it from a backup";
        return error(line, problem + ". Fix the file by hand or " + restore + "; it was not changed.", cause);
    }

    @Override
    public String toString() {
        return name;
    }
}
