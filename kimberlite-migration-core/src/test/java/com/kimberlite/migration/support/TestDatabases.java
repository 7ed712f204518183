package com.kimberlite.migration.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Real databases for tests: H2 in memory, and one embedded PostgreSQL 17 server per test JVM with
 * a fresh database for each caller.
 */
public final class TestDatabases {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    /** The kinds of database every JDBC test runs on. */
    public enum Kind {
        /** H2 in memory. */
        H2,
        /** PostgreSQL 17, embedded. */
        POSTGRES
    }

    /**
     * @param kind which database
     * @return a new, empty database
     */
    public static DataSource fresh(Kind kind) {
        return kind == Kind.H2 ? h2() : postgres();
    }

    /** @return a new, empty H2 database in memory, kept until the JVM ends */
    public static DataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:test" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        return dataSource;
    }

    /** @return a new, empty database on the shared embedded PostgreSQL server */
    public static synchronized DataSource postgres() {
        EmbeddedPostgres server = server();
        String name = "test" + COUNTER.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return server.getDatabase("postgres", name);
    }

    /**
     * @param dataSource a database made by {@link #postgres()}
     * @return its JDBC URL, for a child process
     */
    public static String postgresUrl(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return postgresUrl(connection.getCatalog());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the JDBC URL of a database made by {@link #postgres()}'s server */
    public static synchronized String postgresUrl(String database) {
        return server().getJdbcUrl("postgres", database);
    }

    /** @return the shared server, started on first use */
    public static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM ends anyway
                }
            }));
        }
        return postgres;
    }
}
