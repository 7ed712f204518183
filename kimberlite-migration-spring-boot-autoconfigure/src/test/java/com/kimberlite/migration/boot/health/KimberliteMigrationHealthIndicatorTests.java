package com.kimberlite.migration.boot.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.boot.testsupport.InMemoryTracker;
import com.kimberlite.migration.boot.testsupport.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class KimberliteMigrationHealthIndicatorTests {

    @TempDir
    Path temp;

    @Test
    void upWithTheCountsWhenValid() {
        TestProject project = TestProject.create(this.temp, 3);
        MigrationManager manager = new MigrationManager(project.config(), new InMemoryTracker());
        manager.recordApplied(manager.listFiles().get(0));
        Health health = new KimberliteMigrationHealthIndicator(manager).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("total", 3)
            .containsEntry("applied", 1)
            .containsEntry("pending", 2)
            .containsEntry("modified", 0)
            .containsEntry("missing", 0)
            .containsEntry("interrupted", 0)
            .doesNotContainKey("problem");
    }

    @Test
    void downWithTheProblemWhenAMigrationChanged() {
        TestProject project = TestProject.create(this.temp, 3);
        MigrationManager manager = new MigrationManager(project.config(), new InMemoryTracker());
        manager.recordApplied(manager.listFiles().get(0));
        project.tamper(TestProject.MIGRATIONS.get(0));
        Health health = new KimberliteMigrationHealthIndicator(manager, (message) -> message.replace("mismatch", "?"))
            .health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("modified", 1);
        assertThat((String) health.getDetails().get("problem")).startsWith("Checksum ? for migration 1:");
    }

    @Test
    void downWithTheProblemWhenIdsHaveAGap() {
        TestProject project = TestProject.create(this.temp, 1).add(TestProject.MIGRATIONS.get(2));
        Health health = new KimberliteMigrationHealthIndicator(
                new MigrationManager(project.config(), new InMemoryTracker())).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat((String) health.getDetails().get("problem"))
            .startsWith("Invalid migration sequence: expected 2, found 3");
    }

}
