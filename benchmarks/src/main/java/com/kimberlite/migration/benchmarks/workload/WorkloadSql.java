package com.kimberlite.migration.benchmarks.workload;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The SQL of the apply workloads: the same statements for every tool, in every file layout.
 *
 * <p>Migration {@code i} creates a table, inserts one row and creates an index. The statements
 * are valid on H2 and PostgreSQL, hold no {@code ;} inside a literal, and end in {@code ;} each,
 * one per line.
 */
public final class WorkloadSql {

    private WorkloadSql() {
    }

    /**
     * @param i the migration's number, from 1
     * @return its three statements, each ending in {@code ;} and a line break
     */
    public static String migration(int i) {
        String table = table(i);
        return "CREATE TABLE " + table + " (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL, created_at TIMESTAMP);\n"
                + "INSERT INTO " + table + " (id, name, created_at) VALUES (" + i + ", 'row " + i
                + "', TIMESTAMP '2026-01-01 00:00:00');\n"
                + "CREATE INDEX " + table + "_name ON " + table + " (name);\n";
    }

    /**
     * @param i the migration's number, from 1
     * @return the name of the table it creates, which also names the migration
     */
    public static String table(int i) {
        return "t_" + i;
    }

    /**
     * Checks that a tool really applied the workload: the last migration's table holds its row.
     *
     * @param connection a connection to the database
     * @param count how many migrations were to be applied
     * @throws SQLException if the table does not exist
     * @throws IllegalStateException if it does not hold exactly one row
     */
    public static void checkApplied(Connection connection, int count) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table(count))) {
            rows.next();
            if (rows.getLong(1) != 1) {
                throw new IllegalStateException("migration " + count + " was not applied: " + table(count)
                        + " holds " + rows.getLong(1) + " rows");
            }
        }
    }
}
