package com.kimberlite.migration.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.boot.health.KimberliteMigrationHealthIndicator;
import com.kimberlite.migration.boot.testsupport.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class KimberliteMigrationHealthContributorAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(KimberliteMigrationAutoConfiguration.class,
                KimberliteMigrationHealthContributorAutoConfiguration.class));

    @TempDir
    Path temp;

    @Test
    void contributesKimberliteMigrationsHealth() {
        this.contextRunner.withPropertyValues(TestProject.create(this.temp, 2).properties()).run((context) -> {
            assertThat(context).hasSingleBean(KimberliteMigrationHealthIndicator.class)
                .hasBean("kimberliteMigrationsHealthIndicator");
            assertThat(context.getBean(KimberliteMigrationHealthIndicator.class).health().getStatus())
                .isEqualTo(Status.UP);
        });
    }

    @Test
    void backsOffWhenDisabled() {
        this.contextRunner.withPropertyValues("management.health.kimberlite-migrations.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(KimberliteMigrationHealthIndicator.class));
    }

    @Test
    void backsOffWhenHealthDefaultsAreOff() {
        this.contextRunner.withPropertyValues("management.health.defaults.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(KimberliteMigrationHealthIndicator.class));
    }

    @Test
    void backsOffWithoutMigrations() {
        this.contextRunner.withPropertyValues("kimberlite.migrations.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(KimberliteMigrationHealthIndicator.class));
    }

    @Test
    void backsOffWithoutSpringBootHealth() {
        new ApplicationContextRunner().withClassLoader(new FilteredClassLoader("org.springframework.boot.health"))
            .withUserConfiguration(ImportedAutoConfigurations.class)
            .run((context) -> assertThat(context).hasNotFailed()
                .doesNotHaveBean(KimberliteMigrationHealthIndicator.class));
    }

    @Test
    void backsOffFromUserIndicator() {
        HealthIndicator own = () -> null;
        this.contextRunner.withBean("kimberliteMigrationsHealthIndicator", HealthIndicator.class, () -> own)
            .run((context) -> assertThat(context.getBean("kimberliteMigrationsHealthIndicator")).isSameAs(own));
    }

    @ImportAutoConfiguration({ KimberliteMigrationAutoConfiguration.class,
            KimberliteMigrationHealthContributorAutoConfiguration.class })
    static class ImportedAutoConfigurations {

    }

}
