package com.kimberlite.migration.boot.autoconfigure;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * A {@link DatabaseInitializerDetector} for {@link KimberliteMigrationInitializer}: beans that
 * depend on database initialization (JPA, {@code JdbcClient}, jOOQ) are created after it.
 */
final class KimberliteMigrationInitializerDatabaseInitializerDetector
        extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(KimberliteMigrationInitializer.class);
    }

    @Override
    public int getOrder() {
        return 1;
    }
}
