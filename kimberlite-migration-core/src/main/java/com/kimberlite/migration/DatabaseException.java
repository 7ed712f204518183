package com.kimberlite.migration;

/**
 * The database cannot be reached or used for bookkeeping: no connection, wrong credentials, or the
 * tracker's table cannot be created or read. No migration was run.
 */
public class DatabaseException extends MigrationException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed and what to do
     * @param cause the driver's error
     */
    public DatabaseException(String message, Throwable cause) {
        super(message + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage().strip()),
                cause);
    }
}
