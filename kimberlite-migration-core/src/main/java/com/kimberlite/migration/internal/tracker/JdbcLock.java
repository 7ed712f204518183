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
 * {@code SELECT ... FOR UPDATE NOWAIT} (or without {@code NOWAIT} where the database does not know
 * it), polled until the timeout, in a transaction that stays open.
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
        String waiting = "SELECT id FROM " + lockTable + " WHERE id = 1 FOR UPDATE";
        connection.setAutoCommit(false);
        if (lockedAtOnce(connection, waiting + " NOWAIT")) {
            return;
        }
        connection.rollback();
        connection.setAutoCommit(true);
        createLockTable(connection, lockTable);
        connection.setAutoCommit(false);
        boolean nowait = true;
        while (true) {
            try (PreparedStatement select = connection.prepareStatement(nowait ? waiting + " NOWAIT" : waiting);
                    ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    return;
                }
            } catch (SQLException busy) {
                connection.rollback();
                if (nowait && isSyntaxError(busy)) {
                    nowait = false; // a database without NOWAIT: its own lock wait applies to each try
                    continue;
                }
                if (!Instant.now().isBefore(deadline)) {
                    throw new LockTimeoutException("lock row of table " + lockTable, timeout, "");
                }
                sleep(timeout);
            }
        }
    }

    /**
     * One try at the row, the statement that locks it on every apply after the first: the lock
     * table and its row are made only when this fails. {@code NOWAIT} makes a held row fail the
     * try at once where the database knows it (H2 2.4, as tested here; MySQL 8, MariaDB and
     * Oracle document it), so that the timeout holds; without it, each try waits as long as the
     * database's own lock timeout (2 s on H2).
     *
     * @return whether the row was locked; {@code false} when the table or the row is missing,
     *     another session holds the row or the database refuses the statement
     */
    private static boolean lockedAtOnce(Connection connection, String lockQuery) {
        try (PreparedStatement select = connection.prepareStatement(lockQuery);
                ResultSet row = select.executeQuery()) {
            return row.next();
        } catch (SQLException missingOrBusy) {
            return false;
        }
    }

    /**
     * SQLSTATE class 42 (syntax error or access rule violation): with the lock table made, what a
     * database that does not know {@code NOWAIT} answers.
     */
    private static boolean isSyntaxError(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("42");
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
