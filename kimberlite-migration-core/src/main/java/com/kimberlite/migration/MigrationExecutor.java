package com.kimberlite.migration;

/**
 * Runs the statements of one migration against a database (SPI).
 *
 * <p>The library's implementation runs over a JDBC {@link javax.sql.DataSource}; see
 * {@link MigrationManager#MigrationManager(MigrationConfig, javax.sql.DataSource)}. Other
 * implementations (a native Kimberlite client, say) plug in through
 * {@link MigrationManager#MigrationManager(MigrationConfig, MigrationTracker, MigrationExecutor)}.
 */
public interface MigrationExecutor {

    /**
     * Runs a script's statements in order.
     *
     * <p>When {@link MigrationScript#transactional()}, every statement and then
     * {@code beforeCommit} run in one transaction, committed only when all succeed; on any failure
     * it is rolled back and the failure is thrown. Otherwise each statement commits on its own and
     * {@code beforeCommit} runs after the last one.
     *
     * @param script the statements of one migration's up- or down-section
     * @param beforeCommit work that must commit together with the statements
     * @throws MigrationExecutionException if a statement fails; names the statement and its line
     * @throws DatabaseException if the database cannot be reached
     * @throws MigrationParseException passed on from {@link MigrationScript#statements()}, which
     *     throws it while streaming, before the end: the transaction is rolled back
     * @throws ChecksumMismatchException passed on from {@link MigrationScript#statements()} when a
     *     body read from its file changed since it was loaded: the transaction is rolled back
     */
    void execute(MigrationScript script, TransactionCallback beforeCommit);

    /**
     * Whether the database keeps schema changes inside transactions (PostgreSQL does; H2, MySQL
     * and Oracle commit each DDL statement at once). Where it does not, a failed or interrupted
     * migration may leave the schema changes made before the failure, so the manager marks every
     * migration started before it runs and leaves one that failed after such a change
     * {@link MigrationState#INTERRUPTED} (see
     * {@link MigrationExecutionException#partiallyApplied()}).
     *
     * @return {@code true} unless overridden
     */
    default boolean transactionalDdl() {
        return true;
    }

    /**
     * Work done inside a migration's transaction.
     */
    @FunctionalInterface
    interface TransactionCallback {

        /**
         * @param context the running transaction
         */
        void run(ExecutionContext context);
    }
}
