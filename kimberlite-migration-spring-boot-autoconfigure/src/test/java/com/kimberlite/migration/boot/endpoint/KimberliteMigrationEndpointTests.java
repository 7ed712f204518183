package com.kimberlite.migration.boot.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.MigrationFile;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.MigrationState;
import com.kimberlite.migration.boot.endpoint.KimberliteMigrationEndpoint.MigrationDescriptor;
import com.kimberlite.migration.boot.endpoint.KimberliteMigrationEndpoint.MigrationsDescriptor;
import com.kimberlite.migration.boot.endpoint.KimberliteMigrationEndpoint.SummaryDescriptor;
import com.kimberlite.migration.boot.testsupport.InMemoryTracker;
import com.kimberlite.migration.boot.testsupport.TestProject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KimberliteMigrationEndpointTests {

    private static final Instant APPLIED_AT = Instant.parse("2026-02-01T10:30:00Z");

    @TempDir
    Path temp;

    private TestProject project;

    private MigrationManager manager;

    private KimberliteMigrationEndpoint endpoint;

    @BeforeEach
    void applyTwoOfThree() {
        this.project = TestProject.create(this.temp, 3);
        this.manager = new MigrationManager(this.project.config(), new InMemoryTracker());
        List<MigrationFile> files = this.manager.listFiles();
        record(files.get(0), OptionalLong.of(12));
        record(files.get(1), OptionalLong.empty());
        this.endpoint = new KimberliteMigrationEndpoint(this.manager, "migrations");
    }

    @Test
    void describesEveryMigrationWithItsState() {
        MigrationsDescriptor migrations = this.endpoint.migrations();
        assertThat(migrations.directory()).isEqualTo("migrations");
        assertThat(migrations.tracker()).isEqualTo("file");
        assertThat(migrations.valid()).isTrue();
        assertThat(migrations.summary()).isEqualTo(new SummaryDescriptor(3, 2, 1, 0, 0, 0));
        assertThat(migrations.migrations()).extracting(MigrationDescriptor::state)
            .containsExactly(MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.PENDING);
        MigrationDescriptor first = migrations.migrations().get(0);
        assertThat(first.id()).isEqualTo(1);
        assertThat(first.name()).isEqualTo("create_users");
        assertThat(first.checksum()).hasSize(64).isEqualTo(this.manager.listFiles().get(0).checksum());
        assertThat(first.appliedAt()).isEqualTo(APPLIED_AT);
        assertThat(first.appliedBy()).isEqualTo("alice");
        assertThat(first.executionMs()).isEqualTo(12L);
        MigrationDescriptor pending = migrations.migrations().get(2);
        assertThat(pending.appliedAt()).isNull();
        assertThat(pending.appliedBy()).isNull();
        assertThat(pending.executionMs()).isNull();
        assertThat(migrations.migrations().get(1).executionMs()).isNull();
    }

    @Test
    void selectsOneMigrationById() {
        assertThat(this.endpoint.migration(2).name()).isEqualTo("create_posts");
        assertThat(this.endpoint.migration(3).state()).isEqualTo(MigrationState.PENDING);
        assertThat(this.endpoint.migration(9)).isNull();
    }

    @Test
    void reportsAChangedMigrationAsInvalid() {
        this.project.tamper(TestProject.MIGRATIONS.get(1));
        MigrationsDescriptor migrations = this.endpoint.migrations();
        assertThat(migrations.valid()).isFalse();
        assertThat(migrations.summary()).isEqualTo(new SummaryDescriptor(3, 1, 1, 1, 0, 0));
        assertThat(this.endpoint.migration(2).state()).isEqualTo(MigrationState.MODIFIED);
    }

    @Test
    void reportsAMissingMigration() throws Exception {
        java.nio.file.Files.delete(this.project.migrations().resolve(TestProject.MIGRATIONS.get(2)));
        java.nio.file.Files.delete(this.project.migrations().resolve(TestProject.MIGRATIONS.get(1)));
        MigrationsDescriptor migrations = this.endpoint.migrations();
        assertThat(migrations.valid()).isFalse();
        assertThat(migrations.summary()).isEqualTo(new SummaryDescriptor(2, 1, 0, 0, 1, 0));
        assertThat(this.endpoint.migration(2).checksum()).hasSize(64);
    }

    private void record(MigrationFile file, OptionalLong executionMs) {
        this.manager.tracker()
            .recordApplied(new AppliedMigration(file.id(), file.name(), file.checksum(), APPLIED_AT,
                    Optional.of("alice"), executionMs));
    }

}
