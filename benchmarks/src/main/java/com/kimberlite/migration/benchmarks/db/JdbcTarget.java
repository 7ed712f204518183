package com.kimberlite.migration.benchmarks.db;

import java.util.List;

/**
 * One database a trial runs against: what a child JVM needs to connect to it.
 *
 * @param kind which database
 * @param name the database's name (H2: its file's base name; PostgreSQL: the database)
 * @param url the JDBC URL
 * @param user the user
 * @param password the password (empty for the embedded PostgreSQL, which trusts local users)
 */
public record JdbcTarget(DatabaseKind kind, String name, String url, String user, String password) {

    /** @return the target as command-line arguments, read back by {@link #fromArgs} */
    public List<String> toArgs() {
        return List.of(kind.name(), name, url, user, password);
    }

    /**
     * @param args arguments as written by {@link #toArgs()}
     * @param offset where they start
     * @return the target
     */
    public static JdbcTarget fromArgs(String[] args, int offset) {
        return new JdbcTarget(DatabaseKind.valueOf(args[offset]), args[offset + 1], args[offset + 2], args[offset + 3],
                args[offset + 4]);
    }

    /** The number of arguments {@link #toArgs()} writes. */
    public static final int ARG_COUNT = 5;
}
