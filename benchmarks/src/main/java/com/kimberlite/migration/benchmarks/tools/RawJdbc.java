package com.kimberlite.migration.benchmarks.tools;

import static java.nio.file.StandardOpenOption.APPEND;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The floor: the same statements over plain JDBC, without validation, checksums or records.
 *
 * <p>Knows the workload's shape and nothing more: a statement ends with the line that ends in
 * {@code ;}, and {@code --} lines between statements are comments. Files are streamed line by
 * line, each in one transaction.
 */
public final class RawJdbc {

    private RawJdbc() {
    }

    /**
     * Runs every {@code .sql} file of a folder in file-name order, one transaction each.
     *
     * @param dataSource the database
     * @param folder the files
     * @param stateDir not used: raw JDBC keeps nothing
     * @throws IOException if a file cannot be read
     * @throws SQLException if a statement fails
     */
    static void applyFolder(DataSource dataSource, Path folder, Path stateDir) throws IOException, SQLException {
        List<Path> files = sqlFiles(folder);
        try (Connection connection = dataSource.getConnection()) {
            for (Path file : files) {
                applyFile(connection, file);
            }
        }
    }

    /**
     * Runs every {@code .sql} file of a folder as {@link #applyFolder} does, and around each file
     * appends a line to a file in {@code stateDir} and forces it to disk: before the file runs and
     * after it commits. What a durable record kept in files costs at least, with no parsing,
     * checksum or format.
     *
     * @param dataSource the database
     * @param folder the files
     * @param stateDir where the two append-only files go
     * @throws IOException if a file cannot be read or written
     * @throws SQLException if a statement fails
     */
    static void applyFolderWithForcedAppends(DataSource dataSource, Path folder, Path stateDir)
            throws IOException, SQLException {
        List<Path> files = sqlFiles(folder);
        Files.createDirectories(stateDir);
        try (Connection connection = dataSource.getConnection();
                FileChannel marks = FileChannel.open(stateDir.resolve("marks.log"), CREATE, WRITE, APPEND);
                FileChannel records = FileChannel.open(stateDir.resolve("records.log"), CREATE, WRITE, APPEND)) {
            for (Path file : files) {
                forcedAppend(marks, "started " + file.getFileName() + "\n");
                applyFile(connection, file);
                forcedAppend(records, "applied " + file.getFileName() + "\n");
            }
        }
    }

    /**
     * Runs every {@code .sql} file of a folder as {@link #applyFolder} does, and keeps a row per
     * file in a table of the same database: what a crash-safe record in the database costs at least,
     * with no parsing, checksum or lock. Where DDL is transactional the row is inserted in the
     * file's own transaction; elsewhere (DDL commits at once) a row is committed before the file
     * runs and updated after it commits, so that a crash in between stays visible.
     *
     * @param dataSource the database
     * @param folder the files
     * @param stateDir not used: the records are in the database
     * @throws IOException if a file cannot be read
     * @throws SQLException if a statement fails
     */
    static void applyFolderWithRecordRows(DataSource dataSource, Path folder, Path stateDir)
            throws IOException, SQLException {
        List<Path> files = sqlFiles(folder);
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            boolean transactionalDdl = metaData.supportsDataDefinitionAndDataManipulationTransactions()
                    && !metaData.dataDefinitionCausesTransactionCommit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute(
                        "CREATE TABLE raw_records (file VARCHAR(255) PRIMARY KEY, state VARCHAR(16) NOT NULL)");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO raw_records (file, state) VALUES (?, ?)");
                    PreparedStatement update = connection.prepareStatement(
                            "UPDATE raw_records SET state = 'applied' WHERE file = ?")) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    insert.setString(1, name);
                    insert.setString(2, transactionalDdl ? "applied" : "started");
                    if (transactionalDdl) {
                        applyFile(connection, file, insert::executeUpdate);
                    } else {
                        // auto-commit is on here: set before the loop, and again after each file
                        insert.executeUpdate();
                        applyFile(connection, file);
                        connection.setAutoCommit(true);
                        update.setString(1, name);
                        update.executeUpdate();
                    }
                }
            }
        }
    }

    /** The {@code .sql} files of a folder, in file-name order. */
    static List<Path> sqlFiles(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(path -> path.toString().endsWith(".sql")).sorted().toList();
        }
    }

    private static void forcedAppend(FileChannel channel, String line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(true);
    }

    /**
     * Streams one file's statements in one transaction.
     *
     * @param connection the connection; its auto-commit is off afterwards
     * @param file the SQL file
     * @return the number of statements run
     * @throws IOException if the file cannot be read
     * @throws SQLException if a statement fails (the transaction is then rolled back)
     */
    public static long applyFile(Connection connection, Path file) throws IOException, SQLException {
        return applyFile(connection, file, () -> 0);
    }

    /**
     * As {@link #applyFile(Connection, Path)}, running {@code beforeCommit} in the transaction after
     * the statements.
     */
    private static long applyFile(Connection connection, Path file, BeforeCommit beforeCommit)
            throws IOException, SQLException {
        connection.setAutoCommit(false);
        long count = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                Statement statement = connection.createStatement()) {
            StringBuilder pending = new StringBuilder();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (pending.isEmpty() && (line.isBlank() || line.startsWith("--"))) {
                    continue;
                }
                pending.append(line).append('\n');
                if (line.stripTrailing().endsWith(";")) {
                    statement.execute(pending.substring(0, pending.lastIndexOf(";")));
                    pending.setLength(0);
                    count++;
                }
            }
            beforeCommit.run();
            connection.commit();
        } catch (IOException | SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        return count;
    }

    /** Work done in a file's transaction just before it commits. */
    @FunctionalInterface
    private interface BeforeCommit {
        int run() throws SQLException;
    }
}
