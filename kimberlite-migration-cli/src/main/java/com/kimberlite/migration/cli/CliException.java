package com.kimberlite.migration.cli;

/**
 * A failure the command line tool detects itself (not the library): a missing database URL, a
 * refused confirmation, a database that cannot be reached. Carries the exit code to end with.
 */
public final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /**
     * @param exitCode one of the {@link ExitCode} constants
     * @param message one clear paragraph: what is wrong and what to do
     */
    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /**
     * @param exitCode one of the {@link ExitCode} constants
     * @param message one clear paragraph: what is wrong and what to do
     * @param cause the underlying failure
     */
    public CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** @return the exit code the process ends with */
    public int exitCode() {
        return exitCode;
    }
}
