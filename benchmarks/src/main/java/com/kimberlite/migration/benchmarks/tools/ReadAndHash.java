package com.kimberlite.migration.benchmarks.tools;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;

/**
 * The floor of checking migration files in a JVM: list a folder's {@code .sql} files, read each one
 * whole and SHA-256-hash it to hex, and nothing more (no parsing, no lock file, no records). What a
 * fresh JVM needs at least for a validation or a no-op start that reads every file. {@link #rows}
 * is the least that reading records kept in the database adds to it.
 */
public final class ReadAndHash {

    private ReadAndHash() {
    }

    /**
     * @param folder the migrations folder
     * @return the number of files read
     * @throws IOException if the folder or a file cannot be read
     */
    public static int folder(Path folder) throws IOException {
        List<Path> files = RawJdbc.sqlFiles(folder);
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Path file : files) {
            // the cheapest whole-file read measured in a fresh JVM: a FileInputStream reads straight
            // into the array, where Files.readAllBytes copies through a channel's native buffer
            try (FileInputStream in = new FileInputStream(file.toString())) {
                HexFormat.of().formatHex(sha256.digest(in.readAllBytes()));
            }
        }
        return files.size();
    }

    /**
     * Reads the id and checksum of every row of a table of records, in no order, into lists.
     *
     * @param dataSource the database
     * @param table the table, with {@code id} and {@code checksum} columns
     * @return the number of rows read
     * @throws SQLException if the table cannot be read
     */
    public static int rows(DataSource dataSource, String table) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<String> checksums = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT id, checksum FROM " + table)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
                checksums.add(rows.getString(2));
            }
        }
        return ids.size();
    }
}
