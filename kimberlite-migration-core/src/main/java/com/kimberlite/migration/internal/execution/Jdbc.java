package com.kimberlite.migration.internal.execution;

import com.kimberlite.migration.DatabaseException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Connecting to the database, with one clear error when it cannot be reached. */
public final class Jdbc {

    private Jdbc() {
    }

    /**
     * @param dataSource the database
     * @return a new connection; the caller closes it
     * @throws DatabaseException if no connection can be had
     */
    public static Connection connect(DataSource dataSource) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new DatabaseException("Cannot connect to the database (" + dataSource
                    + "); check its URL, user and password, and that it is running. Nothing was changed", e);
        }
    }
}
