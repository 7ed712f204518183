package com.kimberlite.migration.internal.state;

import com.kimberlite.migration.LockFileException;
import com.kimberlite.migration.MigrationException;
import com.kimberlite.migration.ProjectFileException;
import com.kimberlite.migration.StateFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file read as TOML (a state file, or the project file {@code kimberlite.toml}): how it is named
 * in messages, which exception its failures raise ({@link LockFileException} for the lock file,
 * {@link ProjectFileException} for the project file, {@link StateFileException} otherwise), and
 * what a user can do about a file that cannot be read.
 */
public final class StateSource {

    private enum Kind { LOCK, APPLIED, PROJECT }

    private final String name;
    private final Path file;
    private final Kind kind;

    private StateSource(String name, Path file, Kind kind) {
        this.name = Objects.requireNonNull(name, "name");
        this.file = file;
        this.kind = kind;
    }

    /**
     * @param file the lock file
     * @return the source of a lock file on disk
     */
    public static StateSource lockFile(Path file) {
        return new StateSource(file.toString(), file, Kind.LOCK);
    }

    /**
     * @param name the name of a lock file that is not on disk, such as a classpath resource
     * @return the source of that lock file
     */
    public static StateSource lockResource(String name) {
        return new StateSource(name, null, Kind.LOCK);
    }

    /**
     * @param file the {@code applied.toml} file
     * @return the source of a file of applied-migration records
     */
    public static StateSource appliedFile(Path file) {
        return new StateSource(file.toString(), file, Kind.APPLIED);
    }

    /**
     * @param file the {@code kimberlite.toml} file
     * @return the source of a project file
     */
    public static StateSource projectFile(Path file) {
        return new StateSource(file.toString(), file, Kind.PROJECT);
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
     * @return a {@link LockFileException} for the lock file, a {@link ProjectFileException} for
     *     the project file, else a {@link StateFileException}
     */
    public MigrationException error(int line, String reason, Throwable cause) {
        return switch (kind) {
            case APPLIED -> new StateFileException(file, line, reason, cause);
            case PROJECT -> new ProjectFileException(file, line, reason, cause);
            case LOCK -> file != null ? new LockFileException(file, line, reason, cause)
                    : new LockFileException(name, line, reason, cause);
        };
    }

    /**
     * The failure to report for content that cannot be read: the reason followed by what to do.
     *
     * @param line the 1-based line of the problem, or 0 when it is not about one line
     * @param problem what is wrong, without a final period
     * @param cause the underlying failure, or {@code null}
     * @return the exception to throw
     */
    public MigrationException unreadable(int line, String problem, Throwable cause) {
        String action = switch (kind) {
            case LOCK -> "Fix the file by hand or restore it from version control; it was not changed.";
            case APPLIED -> "Fix the file by hand or restore it from a backup; it was not changed.";
            case PROJECT -> "Fix the file and run again.";
        };
        return error(line, problem + ". " + action, cause);
    }

    @Override
    public String toString() {
        return name;
    }
}
