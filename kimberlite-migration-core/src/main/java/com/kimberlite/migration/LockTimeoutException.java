package com.kimberlite.migration;

import java.time.Duration;

/**
 * Another process kept applying migrations for longer than the lock timeout. Nothing was applied
 * by this process. Wait for the other process, or raise the timeout.
 */
public class LockTimeoutException extends MigrationException {

    private static final long serialVersionUID = 1L;

    /**
     * @param what the lock: a file or a database lock
     * @param timeout how long this process waited
     * @param holder who holds the lock, when known, else empty
     */
    public LockTimeoutException(String what, Duration timeout, String holder) {
        super("Timed out after " + timeout.toMillis() + " ms waiting for the migration lock (" + what + ")"
                + (holder.isEmpty() ? "" : ", held by " + holder)
                + ": another process is applying migrations. Nothing was applied. Wait for it to finish and try"
                + " again, or raise the lock timeout.");
    }
}
