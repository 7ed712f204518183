package com.kimberlite.migration.boot.autoconfigure;

import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.boot.endpoint.KimberliteMigrationEndpoint;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.web.PathMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the {@link KimberliteMigrationEndpoint},
 * when it is available (enabled and exposed).
 *
 * <p>The endpoint's id is {@code kimberliteMigrations}; a {@link PathMapper} gives it the web path
 * {@code kimberlite-migrations} unless {@code management.endpoints.web.path-mapping} maps it
 * otherwise.
 */
@AutoConfiguration(after = KimberliteMigrationAutoConfiguration.class,
        afterName = "org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointAutoConfiguration")
@ConditionalOnClass({ MigrationManager.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnAvailableEndpoint(KimberliteMigrationEndpoint.class)
public final class KimberliteMigrationEndpointAutoConfiguration {

    @Bean
    @ConditionalOnBean(MigrationManager.class)
    @ConditionalOnMissingBean
    KimberliteMigrationEndpoint kimberliteMigrationEndpoint(MigrationManager manager, Environment environment) {
        return new KimberliteMigrationEndpoint(manager,
                MigrationLocations.describe(manager.config().migrationsDir(), environment));
    }

    @Bean
    @ConditionalOnBean(KimberliteMigrationEndpoint.class)
    PathMapper kimberliteMigrationEndpointPathMapper() {
        EndpointId id = EndpointId.of(KimberliteMigrationEndpoint.ID);
        return (endpointId) -> id.equals(endpointId) ? KimberliteMigrationEndpoint.PATH : null;
    }

}
