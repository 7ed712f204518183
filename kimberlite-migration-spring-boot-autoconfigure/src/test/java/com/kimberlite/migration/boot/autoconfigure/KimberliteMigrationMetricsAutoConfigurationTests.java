package com.kimberlite.migration.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.boot.metrics.KimberliteMigrationMetrics;
import com.kimberlite.migration.boot.testsupport.TestProject;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class KimberliteMigrationMetricsAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(KimberliteMigrationAutoConfiguration.class,
                KimberliteMigrationMetricsAutoConfiguration.class, MetricsAutoConfiguration.class,
                SimpleMetricsExportAutoConfiguration.class));

    @TempDir
    Path temp;

    @Test
    void bindsGaugesAndTimerToTheRegistry() {
        this.contextRunner.withPropertyValues(TestProject.create(this.temp, 3).properties()).run((context) -> {
            assertThat(context).hasSingleBean(KimberliteMigrationMetrics.class);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get("kimberlite.migrations").tag("state", "pending").gauge().value()).isEqualTo(3);
            assertThat(registry.get("kimberlite.migrations").tag("state", "applied").gauge().value()).isZero();
            assertThat(registry.get("kimberlite.migrations.apply").timer().count()).isZero();
        });
    }

    @Test
    void backsOffWithoutMicrometer() {
        new ApplicationContextRunner().withClassLoader(new FilteredClassLoader("io.micrometer"))
            .withUserConfiguration(ImportedAutoConfigurations.class)
            .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(KimberliteMigrationMetrics.class));
    }

    @Test
    void backsOffWithoutMigrations() {
        this.contextRunner.withPropertyValues("kimberlite.migrations.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(KimberliteMigrationMetrics.class));
    }

    @ImportAutoConfiguration({ KimberliteMigrationAutoConfiguration.class,
            KimberliteMigrationMetricsAutoConfiguration.class })
    static class ImportedAutoConfigurations {

    }

}
