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

    /** The {@code .sql} files of a folder, in file-name order. */
    private static List<Path> sqlFiles(Path folder) throws IOException {
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
            connection.commit();
        } catch (IOException | SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        return count;
    }
}
