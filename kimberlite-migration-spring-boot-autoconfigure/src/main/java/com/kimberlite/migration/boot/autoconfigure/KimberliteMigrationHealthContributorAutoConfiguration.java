package com.kimberlite.migration.boot.autoconfigure;

import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.boot.health.KimberliteMigrationHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the health contributor
 * {@code kimberliteMigrations}; {@code management.health.kimberlite-migrations.enabled=false}
 * turns it off.
 */
@AutoConfiguration(after = KimberliteMigrationAutoConfiguration.class)
@ConditionalOnClass({ MigrationManager.class, HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(MigrationManager.class)
@ConditionalOnEnabledHealthIndicator("kimberlite-migrations")
public final class KimberliteMigrationHealthContributorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "kimberliteMigrationsHealthIndicator")
    KimberliteMigrationHealthIndicator kimberliteMigrationsHealthIndicator(MigrationManager manager,
            Environment environment) {
        return new KimberliteMigrationHealthIndicator(manager,
                (message) -> MigrationLocations.describeAll(message, environment));
    }

}
