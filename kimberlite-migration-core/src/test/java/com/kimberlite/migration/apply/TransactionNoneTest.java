package com.kimberlite.migration.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.InterruptedMigrationException;
import com.kimberlite.migration.MigrationExecutionException;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.MigrationState;
import com.kimberlite.migration.RepairAction;
import com.kimberlite.migration.TrackerType;
import com.kimberlite.migration.support.TestDatabases;
import com.kimberlite.migration.support.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Migrations with the header {@code -- Transaction: none}, and repair of interrupted ones. */
class TransactionNoneTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TrackerType.class)
    void createIndexConcurrentlyRunsOutsideATransactionOnPostgres(TrackerType tracker) {
        TestProject project = new TestProject(dir, TestDatabases.postgres(), tracker);
        project.write("0001_t.sql", "CREATE TABLE t (id INT, v TEXT);\nINSERT INTO t VALUES (1, 'a');\n");
        project.write("0002_idx.sql", "-- Migration: concurrent index\n-- Transaction: none\n"
                + "CREATE INDEX CONCURRENTLY t_v ON t (v);\n");

        project.manager().apply();

        assertThat(project.queryLong("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 't_v'")).isEqualTo(1);
        assertThat(project.manager().status().count(MigrationState.APPLIED)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("com.kimberlite.migration.apply.ApplyTest#setups")
    void failureOutsideATransactionLeavesTheMigrationInterruptedUntilRepaired(TestDatabases.Kind kind,
            TrackerType tracker) {
        TestProject project = new TestProject(dir, TestDatabases.fresh(kind), tracker);
        project.write("0001_t.sql", "CREATE TABLE t (id INT);\n");
        project.write("0002_half.sql", "-- Transaction: none\nINSERT INTO t VALUES (1);\nINSERT INTO nowhere VALUES (2);\n");
        MigrationManager manager = project.manager();

        assertThatThrownBy(manager::apply)
                .isInstanceOf(MigrationExecutionException.class)
                .hasMessageContaining("left INTERRUPTED");

        assertThat(project.queryLong("SELECT COUNT(*) FROM t")).isEqualTo(1);
        assertThat(manager.status().find(2).orElseThrow().state()).isEqualTo(MigrationState.INTERRUPTED);
        assertThatThrownBy(manager::validate).isInstanceOf(InterruptedMigrationException.class)
                .hasMessageStartingWith("Migration 2 (half) was interrupted");
        assertThatThrownBy(manager::apply).isInstanceOf(InterruptedMigrationException.class);

        project.execute("DELETE FROM t");
        project.execute("CREATE TABLE nowhere (id INT)");
        assertThat(manager.repair(RepairAction.MARK_PENDING)).containsExactly(2L);
        manager.apply();

        assertThat(project.queryLong("SELECT COUNT(*) FROM t")).isEqualTo(1);
        assertThat(project.queryLong("SELECT COUNT(*) FROM nowhere")).isEqualTo(1);
        assertThat(manager.listApplied()).extracting(AppliedMigration::id).containsExactly(1L, 2L);
        assertThat(manager.status().isClean()).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("com.kimberlite.migration.apply.ApplyTest#setups")
    void repairCanRecordTheInterruptedMigrationAsApplied(TestDatabases.Kind kind, TrackerType tracker) {
        TestProject project = new TestProject(dir, TestDatabases.fresh(kind), tracker);
        project.write("0001_half.sql", "-- Transaction: none\nCREATE TABLE t (id INT);\nINSERT INTO nowhere VALUES (2);\n");
        MigrationManager manager = project.manager();
        assertThatThrownBy(manager::apply).isInstanceOf(MigrationExecutionException.class);

        assertThat(manager.repair(RepairAction.MARK_APPLIED)).containsExactly(1L);

        assertThat(manager.status().find(1).orElseThrow().state()).isEqualTo(MigrationState.APPLIED);
        assertThat(manager.apply().migrations()).isEmpty();
    }
}
