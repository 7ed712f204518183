package com.kimberlite.migration.boot.autoconfigure;

import com.kimberlite.migration.MigrationConfig;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.TrackerType;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for Kimberlite migrations: a
 * {@link MigrationManager} built from {@link KimberliteMigrationProperties}, applying to the
 * application's {@link DataSource} (or the one marked {@link KimberliteMigrationDataSource}), and
 * the startup run that validates and applies migrations.
 *
 * <p>Without a {@code DataSource}, migrations are validated on startup but cannot be applied.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(MigrationManager.class)
@ConditionalOnBooleanProperty(name = "kimberlite.migrations.enabled", matchIfMissing = true)
@EnableConfigurationProperties(KimberliteMigrationProperties.class)
public final class KimberliteMigrationAutoConfiguration {

    @Bean
    MigrationLocations kimberliteMigrationLocations(ResourceLoader resourceLoader) {
        return new MigrationLocations(resourceLoader);
    }

    @Bean
    @ConditionalOnMissingBean
    MigrationConfig kimberliteMigrationConfig(KimberliteMigrationProperties properties, MigrationLocations locations) {
        MigrationConfig.Builder builder = MigrationConfig.builder();
        PropertyMapper map = PropertyMapper.get();
        builder.migrationsDir(locations.migrationsDirectory(properties.getDirectory()));
        map.from(properties.getStateDir()).as(Path::of).to(builder::stateDir);
        map.from(properties.getLockFile()).as(locations::lockFile).to(builder::lockFile);
        map.from(properties.getTracker()).to(builder::tracker);
        map.from(properties.getTable()).to(builder::table);
        map.from(properties.getLockTimeout()).to(builder::lockTimeout);
        map.from(properties.getAppliedBy()).to(builder::appliedBy);
        map.from(properties.isAutoTimestamp()).to(builder::autoTimestamp);
        return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean
    MigrationManager kimberliteMigrationManager(MigrationConfig config, ObjectProvider<DataSource> dataSource,
            @KimberliteMigrationDataSource ObjectProvider<DataSource> migrationDataSource) {
        DataSource target = migrationDataSource(dataSource, migrationDataSource);
        if (target != null) {
            return new MigrationManager(config, target);
        }
        if (config.tracker() == TrackerType.JDBC) {
            throw new IllegalStateException("kimberlite.migrations.tracker=jdbc records applied migrations in the"
                    + " database, but the application has no (unique) DataSource. Define a DataSource, mark one with"
                    + " @KimberliteMigrationDataSource, or use kimberlite.migrations.tracker=file.");
        }
        return new MigrationManager(config);
    }

    @Bean
    @ConditionalOnMissingBean
    KimberliteMigrationRunner kimberliteMigrationRunner(MigrationManager manager,
            KimberliteMigrationProperties properties, ObjectProvider<DataSource> dataSource,
            @KimberliteMigrationDataSource ObjectProvider<DataSource> migrationDataSource,
            ObjectProvider<KimberliteMigrationStrategy> strategy, ApplicationEventPublisher events) {
        return new KimberliteMigrationRunner(manager, properties,
                migrationDataSource(dataSource, migrationDataSource) != null, strategy.getIfAvailable(), events);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "kimberlite.migrations.run-on", havingValue = "initialization")
    KimberliteMigrationInitializer kimberliteMigrationInitializer(KimberliteMigrationRunner runner) {
        return new KimberliteMigrationInitializer(runner);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "kimberlite.migrations.run-on", havingValue = "ready", matchIfMissing = true)
    KimberliteMigrationReadyListener kimberliteMigrationReadyListener(KimberliteMigrationRunner runner) {
        return new KimberliteMigrationReadyListener(runner);
    }

    /**
     * The {@code DataSource} migrations apply to: the one marked
     * {@link KimberliteMigrationDataSource}, else the application's unique (or primary) one.
     *
     * @return the {@code DataSource}, or {@code null} when there is none
     */
    static DataSource migrationDataSource(ObjectProvider<DataSource> dataSource,
            ObjectProvider<DataSource> migrationDataSource) {
        DataSource marked = migrationDataSource.getIfAvailable();
        return marked != null ? marked : dataSource.getIfUnique();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(DatabaseInitializationDependencyConfigurer.class)
    @Import(DatabaseInitializationDependencyConfigurer.class)
    static class DatabaseInitializationDependencyConfiguration {

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SchemaManagementProvider.class)
    static class SchemaManagementConfiguration {

        @Bean
        KimberliteMigrationSchemaManagementProvider kimberliteMigrationSchemaManagementProvider(
                ObjectProvider<DataSource> dataSource,
                @KimberliteMigrationDataSource ObjectProvider<DataSource> migrationDataSource) {
            return new KimberliteMigrationSchemaManagementProvider(
                    () -> migrationDataSource(dataSource, migrationDataSource));
        }

    }

}
