package com.kimberlite.migration.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.MigrationResult;
import com.kimberlite.migration.MigrationState;
import com.kimberlite.migration.NoDownMigrationException;
import com.kimberlite.migration.RollbackOptions;
import com.kimberlite.migration.RollbackResult;
import com.kimberlite.migration.TrackerType;
import com.kimberlite.migration.support.TestDatabases;
import com.kimberlite.migration.support.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rolling back, on H2 and PostgreSQL, with the file and the jdbc tracker. */
class RollbackTest {

    @TempDir
    Path dir;

    private TestProject appliedProject(TestDatabases.Kind kind, TrackerType tracker) {
        TestProject project = new TestProject(dir, TestDatabases.fresh(kind), tracker);
        project.write("0001_users.sql", "CREATE TABLE users (id INT PRIMARY KEY);\n-- Down Migration\nDROP TABLE users;\n");
        project.write("0002_posts.sql", "CREATE TABLE posts (id INT PRIMARY KEY);\n"
                + "-- Down Migration\n-- the posts go too\nDROP TABLE posts;\n");
        project.write("0003_tags.sql", "CREATE TABLE tags (id INT PRIMARY KEY);\n-- Down Migration\nDROP TABLE tags;\n");
        project.manager().apply();
        return project;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("com.kimberlite.migration.apply.ApplyTest#setups")
    void rollsBackTheLastAppliedNewestFirstAndKeepsTheLockEntries(TestDatabases.Kind kind, TrackerType tracker) {
        TestProject project = appliedProject(kind, tracker);
        MigrationManager manager = project.manager();

        RollbackResult result = manager.rollback(2);

        assertThat(result.migrations()).extracting(MigrationResult::id).containsExactly(3L, 2L);
        assertThat(result.migrations()).extracting(MigrationResult::state).containsOnly(MigrationState.PENDING);
        assertThat(project.tableExists("tags")).isFalse();
        assertThat(project.tableExists("posts")).isFalse();
        assertThat(project.tableExists("users")).isTrue();
        assertThat(manager.listApplied()).extracting(AppliedMigration::id).containsExactly(1L);
        assertThat(manager.status().count(MigrationState.PENDING)).isEqualTo(2);
        manager.validate();

        assertThat(manager.apply().migrations()).extracting(MigrationResult::id).containsExactly(2L, 3L);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("com.kimberlite.migration.apply.ApplyTest#setups")
    void rollbackToKeepsThatIdAndEverythingBelow(TestDatabases.Kind kind, TrackerType tracker) {
        TestProject project = appliedProject(kind, tracker);

        project.manager().rollbackTo(1);

        assertThat(project.manager().listApplied()).extracting(AppliedMigration::id).containsExactly(1L);
        project.manager().rollbackTo(0);
        assertThat(project.manager().listApplied()).isEmpty();
        assertThat(project.tableExists("users")).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("com.kimberlite.migration.apply.ApplyTest#setups")
    void migrationWithoutDownSqlStopsTheRollbackBeforeAnythingRuns(TestDatabases.Kind kind, TrackerType tracker) {
        TestProject project = appliedProject(kind, tracker);
        project.write("0004_index.sql", "-- Migration: add_index\nCREATE INDEX users_id ON users (id);\n"
                + "-- Down Migration\n-- DROP INDEX users_id;\n");
        project.manager().apply();

        assertThatThrownBy(() -> project.manager().rollback(2))
                .isInstanceOf(NoDownMigrationException.class)
                .hasMessageStartingWith("Migration 4 (add_index) has no down migration");
        assertThat(project.tableExists("tags")).isTrue();
        assertThat(project.manager().listApplied()).hasSize(4);

        RollbackResult forced = project.manager().rollback(RollbackOptions.last(2).force(true));

        assertThat(forced.migrations()).extracting(MigrationResult::id).containsExactly(4L, 3L);
        assertThat(forced.migrations().get(0).note()).startsWith("FORCED: record removed without running any down-SQL");
        assertThat(forced.migrations().get(1).note()).isEmpty();
        assertThat(project.tableExists("tags")).isFalse();
        assertThat(project.manager().listApplied()).extracting(AppliedMigration::id).containsExactly(1L, 2L);
    }
}
