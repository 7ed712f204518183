package com.kimberlite.migration.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.ApplyOptions;
import com.kimberlite.migration.ChecksumMismatchException;
import com.kimberlite.migration.LockEntry;
import com.kimberlite.migration.LockFile;
import com.kimberlite.migration.MigrationFile;
import com.kimberlite.migration.MigrationExecutionException;
import com.kimberlite.migration.MigrationInfo;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.MigrationState;
import com.kimberlite.migration.TrackerType;
import com.kimberlite.migration.internal.files.MigrationParser;
import com.kimberlite.migration.support.TestDatabases;
import com.kimberlite.migration.support.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Migrations whose body is too long to be kept in memory are applied from their file, and refused
 * before the commit when the file changed between validation and execution: bodies over 1 Mi chars,
 * split on a thread of their own, and bodies just over the memory limit, split on the caller's.
 */
class LargeFileApplyTest {

    private static final int ROWS = 16_000;
    /** Rows whose body is over the memory limit, far below 1 Mi chars. */
    private static final int FEW_ROWS = 100;

    @TempDir
    Path dir;

    static Stream<Arguments> setupsAndSizes() {
        return ApplyTest.setups().flatMap(setup -> Stream.of(ROWS, FEW_ROWS)
                .map(rows -> Arguments.of(setup.get()[0], setup.get()[1], rows)));
    }

    @ParameterizedTest(name = "{0} {1} {2} rows")
    @MethodSource("setupsAndSizes")
    void bodyReadFromItsFileIsAppliedAndRecorded(TestDatabases.Kind kind, TrackerType tracker, int rows) {
        TestProject project = project(kind, tracker, rows);

        project.manager().apply();

        assertThat(project.queryLong("SELECT COUNT(*) FROM big")).isEqualTo(rows);
        assertThat(project.manager().listApplied()).extracting(AppliedMigration::checksum)
                .containsExactly(checksum(project, 1), checksum(project, 2));
    }

    @ParameterizedTest(name = "{0} {1} {2} rows")
    @MethodSource("setupsAndSizes")
    void fileChangedBetweenValidationAndExecutionIsRefusedBeforeTheCommit(TestDatabases.Kind kind,
            TrackerType tracker, int rows) {
        TestProject project = project(kind, tracker, rows);
        String validated = checksum(project, 2);
        MigrationManager manager = project.manager();

        assertThatThrownBy(() -> manager.apply(ApplyOptions.defaults(), applied -> {
            if (applied.id() == 1) {
                project.write("0002_rows.sql", rows(rows).replace("'row 7 ", "'now 7 "));
            }
        })).isInstanceOf(ChecksumMismatchException.class)
                .hasMessageStartingWith("Checksum mismatch for migration 2: expected " + validated + ", found "
                        + checksum(project, 2));

        assertThat(project.queryLong("SELECT COUNT(*) FROM big")).isZero();
        assertThat(manager.listApplied()).extracting(AppliedMigration::id).containsExactly(1L);
        assertThat(LockFile.load(project.config().lockFilePath()).entry(2)).map(LockEntry::checksum).contains(validated);
        // H2 commits schema changes at once: a migration refused there may have left some, so it stays marked
        MigrationState refused = kind == TestDatabases.Kind.POSTGRES ? MigrationState.MODIFIED
                : MigrationState.INTERRUPTED;
        assertThat(manager.status().migrations()).extracting(MigrationInfo::state)
                .containsExactly(MigrationState.APPLIED, refused);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("com.kimberlite.migration.apply.ApplyTest#setups")
    void failingStatementDeepInTheFileNamesItsNumberAndLeavesNoThreadBehind(TestDatabases.Kind kind,
            TrackerType tracker) {
        TestProject project = project(kind, tracker, ROWS);
        project.write("0002_rows.sql", rows(ROWS).replace("(12345, 'row 12345 ", "(12344, 'row 12345 "));

        assertThatThrownBy(() -> project.manager().apply()).isInstanceOf(MigrationExecutionException.class)
                .satisfies(e -> assertThat(((MigrationExecutionException) e).statementNumber()).isEqualTo(124));

        assertThat(project.queryLong("SELECT COUNT(*) FROM big")).isZero();
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("kimberlite-migration-"));
    }

    private TestProject project(TestDatabases.Kind kind, TrackerType tracker, int rows) {
        TestProject project = new TestProject(dir, TestDatabases.fresh(kind), tracker);
        project.write("0001_table.sql", "CREATE TABLE big (id INT PRIMARY KEY, payload VARCHAR(100));\n");
        project.write("0002_rows.sql", rows(rows));
        assertThat(MigrationFile.load(project.root().resolve("migrations/0002_rows.sql")).migration().sql().length())
                .isGreaterThan(MigrationParser.IN_MEMORY_LIMIT);
        return project;
    }

    /**
     * Rows in multi-row inserts of 100 rows: {@link #ROWS} of them are over 1 Mi chars, yet little
     * work for the database.
     */
    private static String rows(int rows) {
        StringBuilder sql = new StringBuilder("-- Migration: rows\n");
        for (int i = 1; i <= rows; i++) {
            sql.append(i % 100 == 1 ? "INSERT INTO big (id, payload) VALUES\n" : ",\n").append("  (").append(i)
                    .append(", 'row ").append(i).append(" of the migration that is too long to be held in memory')")
                    .append(i % 100 == 0 ? ";\n" : "");
        }
        return sql.append("-- Down Migration\nDELETE FROM big;\n").toString();
    }

    private static String checksum(TestProject project, int id) {
        try (Stream<Path> files = Files.list(project.root().resolve("migrations"))) {
            Path file = files.filter(path -> path.getFileName().toString().startsWith("000" + id + "_"))
                    .findFirst().orElseThrow();
            return MigrationFile.load(file).checksum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
