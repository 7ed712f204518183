package com.kimberlite.migration.boot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.ApplyResult;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.boot.autoconfigure.KimberliteMigrationsAppliedEvent;
import com.kimberlite.migration.boot.testsupport.InMemoryTracker;
import com.kimberlite.migration.boot.testsupport.TestProject;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KimberliteMigrationMetricsTests {

    @TempDir
    Path temp;

    @Test
    void gaugesCountAppliedAndPendingMigrationsWhenRead() {
        MigrationManager manager = new MigrationManager(TestProject.create(this.temp, 3).config(),
                new InMemoryTracker());
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new KimberliteMigrationMetrics(manager).bindTo(registry);
        assertThat(registry.get("kimberlite.migrations").tag("state", "pending").gauge().value()).isEqualTo(3);
        manager.recordApplied(manager.listFiles().get(0));
        assertThat(registry.get("kimberlite.migrations").tag("state", "applied").gauge().value()).isEqualTo(1);
        assertThat(registry.get("kimberlite.migrations").tag("state", "pending").gauge().value()).isEqualTo(2);
    }

    @Test
    void timesEachApplyAlsoWhenItRanBeforeBinding() {
        MigrationManager manager = new MigrationManager(TestProject.create(this.temp, 1).config(),
                new InMemoryTracker());
        KimberliteMigrationMetrics metrics = new KimberliteMigrationMetrics(manager);
        metrics.onApplicationEvent(applied(manager, 40));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        metrics.bindTo(registry);
        metrics.onApplicationEvent(applied(manager, 2));
        assertThat(registry.get("kimberlite.migrations.apply").timer().count()).isEqualTo(2);
        assertThat(registry.get("kimberlite.migrations.apply").timer().totalTime(TimeUnit.MILLISECONDS))
            .isEqualTo(42);
    }

    private static KimberliteMigrationsAppliedEvent applied(MigrationManager manager, long millis) {
        return new KimberliteMigrationsAppliedEvent(manager,
                new ApplyResult(List.of(), false, Duration.ofMillis(millis)));
    }

}
