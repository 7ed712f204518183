package com.kimberlite.migration.benchmarks.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The DataSource every tool gets: a HikariCP pool, as a Spring Boot service has, filled before any
 * clock starts so that no tool pays for opening connections the others got for free.
 */
public final class Pool {

    /** Connections in the pool: enough for a tool that holds a lock on one while it works on another. */
    public static final int SIZE = 4;

    private Pool() {
    }

    /**
     * @param target the database
     * @return an open pool with {@link #SIZE} connections established
     * @throws SQLException if the database cannot be reached
     */
    public static HikariDataSource open(JdbcTarget target) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.url());
        config.setUsername(target.user());
        config.setPassword(target.password());
        config.setMaximumPoolSize(SIZE);
        config.setMinimumIdle(SIZE);
        HikariDataSource pool = new HikariDataSource(config);
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < SIZE; i++) {
                held.add(pool.getConnection());
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        return pool;
    }
}
