package com.kimberlite.migration.support;

import com.kimberlite.migration.MigrationConfig;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.TrackerType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** A project folder in a temp dir with a database, for apply and rollback tests. */
public final class TestProject {

    private final Path root;
    private final DataSource dataSource;
    private final TrackerType tracker;

    /**
     * @param root the project folder
     * @param dataSource the database
     * @param tracker the tracker to configure
     */
    public TestProject(Path root, DataSource dataSource, TrackerType tracker) {
        this.root = root;
        this.dataSource = dataSource;
        this.tracker = tracker;
    }

    /** @return the project folder */
    public Path root() {
        return root;
    }

    /** @return the database */
    public DataSource dataSource() {
        return dataSource;
    }

    /** @return the configuration: migrations/ and .kimberlite/migrations/ under the root */
    public MigrationConfig config() {
        return MigrationConfig.builder()
                .migrationsDir(root.resolve("migrations"))
                .stateDir(root.resolve(".kimberlite/migrations"))
                .tracker(tracker)
                .appliedBy("tester")
                .build();
    }

    /** @return a manager over the database */
    public MigrationManager manager() {
        return new MigrationManager(config(), dataSource);
    }

    /**
     * Writes a migration file.
     *
     * @param fileName e.g. {@code 0001_users.sql}
     * @param content the file's text
     * @return the file
     */
    public Path write(String fileName, String content) {
        try {
            Path file = root.resolve("migrations").resolve(fileName);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param table a table name, in the database's unquoted case-folding
     * @return whether it exists
     */
    public boolean tableExists(String table) {
        return queryLong("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_schema) = 'public'"
                + " AND LOWER(table_name) = '" + table.toLowerCase() + "'") > 0;
    }

    /**
     * Runs one statement, as a person fixing the database by hand would.
     *
     * @param sql the statement
     */
    public void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param sql a query returning one number
     * @return the number
     */
    public long queryLong(String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
