package com.kimberlite.migration;

/** Where the records of applied migrations are kept. */
public enum TrackerType {

    /**
     * {@code applied.toml} in the state folder, in the format of Kimberlite's own tool. For one
     * process or one host: the default.
     */
    FILE,

    /**
     * A table in the target database ({@code kimberlite_migrations} unless configured), written in
     * the same transaction as each migration where the database's DDL is transactional. For a
     * service with more than one replica.
     */
    JDBC
}
