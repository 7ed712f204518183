package com.kimberlite.migration.benchmarks.db;

/** The databases every database scenario runs on. */
public enum DatabaseKind {

    /** H2 2.x, a file database. */
    H2("H2 (file)"),

    /** PostgreSQL 17, embedded (zonky), one server for the whole run. */
    POSTGRES("PostgreSQL 17");

    private final String label;

    DatabaseKind(String label) {
        this.label = label;
    }

    /** @return the name shown in the tables of results */
    public String label() {
        return label;
    }
}
