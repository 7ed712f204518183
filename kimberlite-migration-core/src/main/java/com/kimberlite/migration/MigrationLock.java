package com.kimberlite.migration;

/**
 * A held lock that keeps other processes from applying or rolling back migrations; released by
 * {@link #close()}, or by the end of the process that holds it.
 */
public interface MigrationLock extends AutoCloseable {

    /** Releases the lock. Releasing twice does nothing. */
    @Override
    void close();
}
