package com.kimberlite.migration.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.ApplyOptions;
import com.kimberlite.migration.ApplyResult;
import com.kimberlite.migration.ChecksumMismatchException;
import com.kimberlite.migration.MigrationExecutionException;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.MigrationResult;
import com.kimberlite.migration.MigrationState;
import com.kimberlite.migration.OutOfOrderMigrationException;
import com.kimberlite.migration.TrackerType;
import com.kimberlite.migration.support.TestDatabases;
import com.kimberlite.migration.support.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Applying migrations, on H2 and PostgreSQL, with the file and the jdbc tracker. */
class ApplyTest {

    @TempDir
    Path dir;

    static Stream<Arguments> setups() {
        List<Arguments> setups = new ArrayList<>();
        for (TestDatabases.Kind kind : TestDatabases.Kind.values()) {
            for (TrackerType tracker : TrackerType.values()) {
                setups.add(Arguments.of(kind, tracker));
            }
        }
        return setups.stream();
    }

    private TestProject project(TestDatabases.Kind kind, TrackerType tracker) {
        return new TestProject(dir, TestDatabases.fresh(kind), tracker);
    }

    private static void threeMigrations(TestProject project) {
        project.write("0001_users.sql", "-- Migration: users\nCREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50));\n"
                + "-- Down Migration\nDROP TABLE users;\n");
        project.write("0002_posts.sql", "CREATE TABLE posts (id INT PRIMARY KEY, user_id INT REFERENCES users (id),"
                + " body VARCHAR(200));\nINSERT INTO users VALUES (1, 'semi;colon');\n-- Down Migration\n"
                + "DELETE FROM users;\nDROP TABLE posts;\n");
        project.write("0003_index.sql", "CREATE INDEX posts_user ON posts (user_id);\n-- Down Migration\n"
                + "DROP INDEX posts_user;\n");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("setups")
    void appliesEveryPendingMigrationInOrderAndRecordsIt(TestDatabases.Kind kind, TrackerType tracker) {
        TestProject project = project(kind, tracker);
        threeMigrations(project);
        MigrationManager manager = project.manager();
        List<Long> seen = new ArrayList<>();

        ApplyResult result = manager.apply(ApplyOptions.defaults(), r -> seen.add(r.id()));

        assertThat(result.migrations()).extracting(MigrationResult::id).containsExactly(1L, 2L, 3L);
        assertThat(result.migrations()).extracting(MigrationResult::state).containsOnly(MigrationState.APPLIED);
        assertThat(seen).containsExactly(1L, 2L, 3L);
        assertThat(project.tableExists("posts")).isTrue();
        assertThat(project.queryLong("SELECT COUNT(*) FROM users")).isEqualTo(1);
        assertThat(manager.listApplied()).extracting(AppliedMigration::id).containsExactly(1L, 2L, 3L);
        assertThat(manager.listApplied()).allSatisfy(record -> {
            assertThat(record.appliedBy()).contains("tester");
            assertThat(record.executionMs()).isPresent();
        });
        assertThat(manager.status().count(MigrationState.APPLIED)).isEqualTo(3);
        assertThat(manager.lock().entries()).hasSize(3);
        assertThat(Files.exists(project.config().lockFilePath())).isTrue();
        assertThat(Files.exists(project.config().appliedFilePath())).isEqualTo(tracker == TrackerType.FILE);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("setups")
    void secondApplyFindsNothingPendingAndLeavesTheLockFileAlone(TestDatabases.Kind kind, TrackerType tracker)
            throws IOException {
        TestProject project = project(kind, tracker);
        threeMigrations(project);
        project.manager().apply();
        Object lockFile = lockFileIdentity(project);

        ApplyResult again = project.manager().apply();

        assertThat(again.migrations()).isEmpty();
        assertThat(project.manager().listApplied()).hasSize(3);
        assertThat(lockFileIdentity(project)).as("the lock file is not rewritten").isEqualTo(lockFile);
        project.write("0004_more.sql", "CREATE TABLE more (id INT);\n");
        project.manager().apply();
        assertThat(lockFileIdentity(project)).as("a new entry replaces the lock file").isNotEqualTo(lockFile);
    }

    /** @return the identity (inode) of the lock file, which an atomic rewrite changes */
    private static Object lockFileIdentity(TestProject project) throws IOException {
        return Files.readAttributes(project.config().lockFilePath(), BasicFileAttributes.class).fileKey();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("setups")
    void failedStatementRollsTheMigrationBackAndRecordsNothing(TestDatabases.Kind kind, TrackerType tracker) {
        TestProject project = project(kind, tracker);
        project.write("0001_ok.sql", "CREATE TABLE ok (id INT);\n");
        Path bad = project.write("0002_bad.sql", "-- Migration: bad one\nINSERT INTO ok VALUES (1);\n\n"
                + "INSERT INTO ok VALUES (2);\nINSERT INTO missing_table VALUES (3);\n");
        MigrationManager manager = project.manager();

        assertThatThrownBy(manager::apply)
                .isInstanceOf(MigrationExecutionException.class)
                .hasMessageContaining("Migration 2 (bad one) failed at statement 3 (" + bad + ", line 5)")
                .hasMessageContaining("INSERT INTO missing_table VALUES (3)")
                .hasMessageContaining("rolled back");

        assertThat(project.queryLong("SELECT COUNT(*) FROM ok")).isZero();
        assertThat(manager.listApplied()).extracting(AppliedMigration::id).containsExactly(1L);
        assertThat(manager.status().find(2).orElseThrow().state()).isEqualTo(MigrationState.PENDING);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("setups")
    void failedMigrationLeavesNoSchemaChangeOnPostgresAndIsInterruptedWhereDdlCommitsAtOnce(TestDatabases.Kind kind, TrackerType tracker) {
        TestProject project = project(kind, tracker);
        project.write("0001_half.sql", "CREATE TABLE half (id INT);\nCREATE INDEX half_id ON half (id);\n"
                + "INSERT INTO half VALUES (1);\nINSERT INTO missing_table VALUES (1);\n");

        Throwable failure = catchThrowable(() -> project.manager().apply());

        assertThat(failure).isInstanceOf(MigrationExecutionException.class);
        assertThat(project.manager().listApplied()).isEmpty();
        assertThat(project.queryLong("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = 'half'"
                + " AND LOWER(table_schema) = 'public'") == 0 || project.queryLong("SELECT COUNT(*) FROM half") == 0)
                .as("no row of the failed migration stays").isTrue();
        if (kind == TestDatabases.Kind.POSTGRES) {
            assertThat(((MigrationExecutionException) failure).partiallyApplied()).isFalse();
            assertThat(project.tableExists("half")).isFalse();
            assertThat(project.manager().status().find(1).orElseThrow().state()).isEqualTo(MigrationState.PENDING);
        } else {
            assertThat(((MigrationExecutionException) failure).partiallyApplied()).isTrue();
            assertThat(failure).hasMessageContaining("commits schema changes at once")
                    .hasMessageContaining("left INTERRUPTED");
            assertThat(project.manager().status().find(1).orElseThrow().state())
                    .isEqualTo(MigrationState.INTERRUPTED);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("setups")
    void dryRunReturnsThePlanAndWritesNothing(TestDatabases.Kind kind, TrackerType tracker) throws IOException {
        TestProject project = project(kind, tracker);
        threeMigrations(project);

        ApplyResult plan = project.manager().apply(ApplyOptions.defaults().dryRun(true));

        assertThat(plan.dryRun()).isTrue();
        assertThat(plan.appliedCount()).isZero();
        assertThat(plan.migrations().get(1).statements()).containsExactly(
                "CREATE TABLE posts (id INT PRIMARY KEY, user_id INT REFERENCES users (id), body VARCHAR(200))",
                "INSERT INTO users VALUES (1, 'semi;colon')");
        assertThat(dir.resolve(".kimberlite")).doesNotExist();
        assertThat(project.tableExists("users")).isFalse();
        assertThat(project.tableExists("kimberlite_migrations")).isFalse();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("migrations"));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("setups")
    void targetAppliesUpToAndIncludingTheId(TestDatabases.Kind kind, TrackerType tracker) {
        TestProject project = project(kind, tracker);
        threeMigrations(project);

        project.manager().apply(ApplyOptions.defaults().target(2));

        assertThat(project.manager().listPending()).extracting(f -> f.id()).containsExactly(3L);
        assertThat(project.manager().apply().migrations()).extracting(MigrationResult::id).containsExactly(3L);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("setups")
    void pendingIdBelowTheHighestAppliedIsRefusedUnlessAllowed(TestDatabases.Kind kind, TrackerType tracker) {
        TestProject project = project(kind, tracker);
        project.write("0001_a.sql", "CREATE TABLE a (id INT);");
        project.write("0003_c.sql", "CREATE TABLE c (id INT);");
        MigrationManager manager = project.manager();
        manager.recordApplied(manager.listFiles().get(0));
        manager.recordApplied(manager.listFiles().get(1));
        manager.removeApplied(1);
        project.write("0002_b.sql", "CREATE TABLE b (id INT);");

        assertThatThrownBy(manager::apply)
                .isInstanceOf(OutOfOrderMigrationException.class)
                .hasMessageContaining("Migration 1 (a) is pending but migration 3 is already applied");

        ApplyResult result = manager.apply(ApplyOptions.defaults().allowOutOfOrder(true));
        assertThat(result.migrations()).extracting(MigrationResult::id).containsExactly(1L, 2L);
        assertThat(project.tableExists("b")).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("setups")
    void editedAppliedMigrationStopsApplyBeforeAnythingRuns(TestDatabases.Kind kind, TrackerType tracker) {
        TestProject project = project(kind, tracker);
        project.write("0001_a.sql", "CREATE TABLE a (id INT);");
        project.manager().apply();
        project.write("0001_a.sql", "CREATE TABLE a (id INT, extra INT);");
        project.write("0002_b.sql", "CREATE TABLE b (id INT);");

        assertThatThrownBy(() -> project.manager().apply())
                .isInstanceOf(ChecksumMismatchException.class)
                .hasMessageStartingWith("Checksum mismatch for migration 1: expected ");
        assertThat(project.tableExists("b")).isFalse();
    }

    /**
     * The lock file agrees with the file, the tracker's record does not: apply, which reads only
     * the records' checksums, still finds the mismatch and names the tracker.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("setups")
    void aRecordWhoseChecksumDiffersFromItsFileStopsApplyBeforeAnythingRuns(TestDatabases.Kind kind,
            TrackerType tracker) throws IOException {
        TestProject project = project(kind, tracker);
        project.write("0001_a.sql", "CREATE TABLE a (id INT);");
        project.manager().apply();
        String recorded = project.manager().listApplied().get(0).checksum();
        String other = "0".repeat(64);
        if (tracker == TrackerType.FILE) {
            Path applied = project.config().appliedFilePath();
            Files.writeString(applied, Files.readString(applied).replace(recorded, other));
        } else {
            project.execute("UPDATE kimberlite_migrations SET checksum = '" + other + "'");
        }
        project.write("0002_b.sql", "CREATE TABLE b (id INT);");

        assertThatThrownBy(() -> project.manager().apply())
                .isInstanceOf(ChecksumMismatchException.class)
                .hasMessageStartingWith("Checksum mismatch for migration 1: expected " + other)
                .hasMessageContaining(tracker == TrackerType.FILE ? "applied.toml" : "table kimberlite_migrations");
        assertThat(project.tableExists("b")).isFalse();
    }
}
