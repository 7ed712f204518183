package com.kimberlite.migration.benchmarks.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Makes a fresh, empty database for each trial and drops it afterwards: an H2 file database in a
 * folder of its own, or a new database on one embedded PostgreSQL 17 server that is started when
 * first needed and stopped by {@link #close()}. The server runs with PostgreSQL's default
 * durability ({@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on), as a
 * deployment does.
 */
public final class Databases implements AutoCloseable {

    private final Path folder;
    private EmbeddedPostgres postgres;
    private int counter;

    /**
     * @param folder where H2 databases and the PostgreSQL data folder are kept
     */
    public Databases(Path folder) {
        this.folder = folder;
    }

    /**
     * @param kind which database
     * @param label a word for the database's name, such as the tool that will use it
     * @return a new, empty database
     */
    public JdbcTarget create(DatabaseKind kind, String label) {
        String name = (label + "_" + ++counter).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return switch (kind) {
            case H2 -> new JdbcTarget(kind, name, "jdbc:h2:file:" + h2Folder(name).resolve("db").toAbsolutePath(),
                    "sa", "");
            case POSTGRES -> {
                execute("CREATE DATABASE " + name);
                yield new JdbcTarget(kind, name, postgres().getJdbcUrl("postgres", name), "postgres", "");
            }
        };
    }

    /**
     * Drops a database made by {@link #create}; no connection to it may be open.
     *
     * @param target the database
     */
    public void drop(JdbcTarget target) {
        switch (target.kind()) {
            case H2 -> deleteTree(h2Folder(target.name()));
            case POSTGRES -> execute("DROP DATABASE IF EXISTS " + target.name() + " WITH (FORCE)");
        }
    }

    /**
     * @param setting a server setting, such as {@code synchronous_commit}
     * @return its value on the PostgreSQL server
     */
    public String postgresSetting(String setting) {
        try (Connection connection = postgres().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SHOW " + setting)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + setting, e);
        }
    }

    private Path h2Folder(String name) {
        return folder.resolve("h2").resolve(name);
    }

    private void execute(String sql) {
        try (Connection connection = postgres().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL: " + sql, e);
        }
    }

    private EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                // The embedded server turns durability off by default, for tests; a deployment keeps
                // PostgreSQL's own defaults, and every commit then waits for the WAL to reach disk.
                postgres = EmbeddedPostgres.builder().setDataDirectory(folder.resolve("postgres"))
                        .setCleanDataDirectory(true).setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on").setServerConfig("full_page_writes", "on")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }
        return postgres;
    }

    /** Stops the PostgreSQL server, if it was started. */
    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    /**
     * Deletes a folder and everything in it; a missing folder is nothing to do.
     *
     * @param root the folder
     */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
