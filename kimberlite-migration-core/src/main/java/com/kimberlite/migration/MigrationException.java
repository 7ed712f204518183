package com.kimberlite.migration;

/**
 * Root of every failure that kimberlite-migration reports.
 *
 * <p>Unchecked. Each kind of failure has its own subclass, so callers can catch exactly what
 * they handle. Every message begins with the text Kimberlite's own migration tool prints for
 * the same failure, then names the file involved and what to do about it.
 *
 * <p>Where {@link MigrationManager#validate()} finds several problems, it throws the first one
 * and attaches the others with {@link #addSuppressed(Throwable)}.
 */
public class MigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a complete, user-facing message.
     *
     * @param message what went wrong, the file involved and what to do
     */
    public MigrationException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a complete, user-facing message and its cause.
     *
     * @param message what went wrong, the file involved and what to do
     * @param cause the underlying failure
     */
    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
