package com.kimberlite.migration.internal.tracker;

import com.kimberlite.migration.DatabaseException;
import com.kimberlite.migration.LockTimeoutException;
import com.kimberlite.migration.MigrationLock;
import com.kimberlite.migration.internal.execution.Jdbc;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * The lock of the {@code jdbc} tracker, held on a connection of its own for a whole apply or
 * rollback, so that it dies with the process.
 *
 * <p>On PostgreSQL: a session-level advisory lock ({@code pg_try_advisory_lock}), polled until the
 * timeout; session-level, so that {@code CREATE INDEX CONCURRENTLY} can run meanwhile. On other
 * databases: the row of a lock table ({@code <table>_lock}), locked with
 * {@code SELECT ... FOR UPDATE} in a transaction that stays open.
 */
final class JdbcLock implements MigrationLock {

    private static final long POLL_MILLIS = 100;

    private final Connection connection;
    private final boolean advisory;
    private final long key;
    private boolean closed;

    private JdbcLock(Connection connection, boolean advisory, long key) {
        this.connection = connection;
        this.advisory = advisory;
        this.key = key;
    }

    static MigrationLock acquire(DataSource dataSource, String table, Duration timeout) {
        Connection connection = Jdbc.connect(dataSource);
        try {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            long key = key(table);
            Instant deadline = Instant.now().plus(timeout);
            if (postgres) {
                pollAdvisory(connection, key, table, timeout, deadline);
            } else {
                lockRow(connection, table, timeout, deadline);
            }
            return new JdbcLock(connection, postgres, key);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new DatabaseException("Could not take the migration lock for table " + table, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static long key(String table) {
        CRC32 crc = new CRC32();
        crc.update(("kimberlite-migration:" + table.toLowerCase()).getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    private static void pollAdvisory(Connection connection, long key, String table, Duration timeout,
            Instant deadline) throws SQLException {
        try (PreparedStatement tryLock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            tryLock.setLong(1, key);
            while (true) {
                try (ResultSet result = tryLock.executeQuery()) {
                    result.next();
                    if (result.getBoolean(1)) {
                        return;
                    }
                }
                if (!Instant.now().isBefore(deadline)) {
                    throw new LockTimeoutException("PostgreSQL advisory lock " + key + " for table " + table, timeout,
                            advisoryHolder(connection, key));
                }
                sleep(timeout);
            }
        }
    }

    private static String advisoryHolder(Connection connection, long key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT a.pid, a.application_name, a.client_addr,"
                + " a.backend_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype ="
                + " 'advisory' AND l.granted AND ((l.classid::bigint << 32) | l.objid::bigint) = ?")) {
            query.setLong(1, key);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return "";
                }
                return "PostgreSQL backend pid " + rows.getInt(1) + " (application '" + rows.getString(2)
                        + "', client " + rows.getString(3) + ", connected since " + rows.getString(4) + ")";
            }
        }
    }

    private static void lockRow(Connection connection, String table, Duration timeout, Instant deadline)
            throws SQLException {
        String lockTable = table + "_lock";
        String lockQuery = "SELECT id FROM " + lockTable + " WHERE id = 1 FOR UPDATE";
        connection.setAutoCommit(false);
        if (lockedAtOnce(connection, lockQuery)) {
            return;
        }
        connection.rollback();
        connection.setAutoCommit(true);
        createLockTable(connection, lockTable);
        connection.setAutoCommit(false);
        try (PreparedStatement select = connection.prepareStatement(lockQuery)) {
            while (true) {
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        return;
                    }
                } catch (SQLException busy) {
                    connection.rollback();
                    if (!Instant.now().isBefore(deadline)) {
                        throw new LockTimeoutException("lock row of table " + lockTable, timeout, "");
                    }
                    sleep(timeout);
                }
            }
        }
    }

    /**
     * One try at the row, the statement that locks it on every apply after the first: the lock
     * table and its row are made only when this fails.
     *
     * @return whether the row was locked; {@code false} when the table or the row is missing or
     *     another session holds the row
     */
    private static boolean lockedAtOnce(Connection connection, String lockQuery) {
        try (PreparedStatement select = connection.prepareStatement(lockQuery);
                ResultSet row = select.executeQuery()) {
            return row.next();
        } catch (SQLException missingOrBusy) {
            return false;
        }
    }

    private static void createLockTable(Connection connection, String lockTable) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS " + lockTable + " (id INT NOT NULL PRIMARY KEY)");
        }
        try (Statement insert = connection.createStatement()) {
            insert.executeUpdate("INSERT INTO " + lockTable + " (id) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM "
                    + lockTable + " WHERE id = 1)");
        } catch (SQLException raced) {
            // another process inserted the row at the same moment: it exists now
        }
    }

    private static void sleep(Duration timeout) {
        try {
            Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, timeout.toMillis())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockTimeoutException("migration lock", timeout, "");
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the session ends either way, and with it the lock
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (advisory) {
                try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    unlock.setLong(1, key);
                    unlock.executeQuery().close();
                }
            } else {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // closing the connection below releases the lock too
        } finally {
            closeQuietly(connection);
        }
    }
}
