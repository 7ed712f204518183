package com.kimberlite.migration.boot.autoconfigure;

import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.boot.metrics.KimberliteMigrationMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for {@link KimberliteMigrationMetrics}, when
 * Micrometer is on the classpath: Spring Boot binds the metrics to every {@link MeterRegistry}.
 */
@AutoConfiguration(after = KimberliteMigrationAutoConfiguration.class)
@ConditionalOnClass({ MigrationManager.class, MeterRegistry.class })
@ConditionalOnBean(MigrationManager.class)
public final class KimberliteMigrationMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    KimberliteMigrationMetrics kimberliteMigrationMetrics(MigrationManager manager) {
        return new KimberliteMigrationMetrics(manager);
    }

}
