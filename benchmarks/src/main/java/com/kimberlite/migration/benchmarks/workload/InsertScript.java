package com.kimberlite.migration.benchmarks.workload;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a migration file of a given size: this library's header, a {@code CREATE TABLE}, then
 * multi-row {@code INSERT} statements, one per line, until the file reaches the size. The content
 * is ASCII and depends only on the arguments.
 */
public final class InsertScript {

    private static final String PADDING = "x".repeat(60);

    private InsertScript() {
    }

    /**
     * @param file the file to write
     * @param table the table the migration creates and fills
     * @param bytes the least size of the file; it ends with the statement that reaches it
     * @param rowsPerStatement rows in each {@code INSERT}
     * @return the number of rows inserted
     * @throws IOException if the file cannot be written
     */
    public static long write(Path file, String table, long bytes, int rowsPerStatement) throws IOException {
        long written = 0;
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            String head = "-- Migration: " + table + "\n-- Created: 2026-01-01T00:00:00Z\n\nCREATE TABLE " + table
                    + " (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL, created_at TIMESTAMP);\n";
            out.write(head);
            written += head.length();
            StringBuilder statement = new StringBuilder();
            while (written < bytes) {
                statement.setLength(0);
                statement.append("INSERT INTO ").append(table).append(" (id, name, created_at) VALUES ");
                for (int i = 0; i < rowsPerStatement; i++) {
                    rows++;
                    statement.append(i == 0 ? "" : ", ").append('(').append(rows).append(", 'row ").append(rows)
                            .append(' ').append(PADDING).append("', TIMESTAMP '2026-01-01 00:00:00')");
                }
                statement.append(";\n");
                out.append(statement);
                written += statement.length();
            }
        }
        return rows;
    }
}
