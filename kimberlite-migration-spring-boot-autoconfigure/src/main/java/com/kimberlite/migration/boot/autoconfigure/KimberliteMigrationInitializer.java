package com.kimberlite.migration.boot.autoconfigure;

import java.util.Objects;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;

/**
 * Runs the {@link KimberliteMigrationRunner} while the application context is refreshed
 * ({@code kimberlite.migrations.run-on=initialization}). Beans that use the database (JPA,
 * {@code JdbcClient}, {@code JdbcTemplate}, jOOQ) are created after it: the starter registers it as
 * a database initializer.
 */
public final class KimberliteMigrationInitializer implements InitializingBean, Ordered {

    private final KimberliteMigrationRunner runner;

    private int order;

    /**
     * @param runner the startup run
     */
    public KimberliteMigrationInitializer(KimberliteMigrationRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** Runs the startup run. */
    @Override
    public void afterPropertiesSet() {
        this.runner.run();
    }

    @Override
    public int getOrder() {
        return this.order;
    }

    /**
     * @param order the order among other initializers; default 0
     */
    public void setOrder(int order) {
        this.order = order;
    }
}
