package com.kimberlite.migration.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.MigrationInfo;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.MigrationState;
import com.kimberlite.migration.RepairAction;
import com.kimberlite.migration.TrackerType;
import com.kimberlite.migration.support.TestDatabases;
import com.kimberlite.migration.support.TestProject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A child JVM applying a long migration set is killed with SIGKILL at 20 points; after each kill,
 * a new run completes (jdbc tracker), or reports the migration interrupted and, after the check a
 * person would make, repair lets it complete (file tracker). No migration is ever applied twice or
 * skipped.
 */
class CrashRecoveryTest {

    private static final int MIGRATIONS = 40;
    private static final int KILLS = 20;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TrackerType.class)
    void killedRunsRecoverWithoutDoubleOrSkippedMigrations(TrackerType tracker) throws Exception {
        DataSource dataSource = TestDatabases.postgres();
        String url = TestDatabases.postgresUrl(dataSource);
        ConcurrentApplyTest.createRunLog(dataSource);
        TestProject project = new TestProject(dir, dataSource, tracker);
        for (int i = 1; i <= MIGRATIONS; i++) {
            project.write(String.format("%04d_step_%d.sql", i, i), "CREATE TABLE t_" + i + " (id INT);\n"
                    + "INSERT INTO t_" + i + " SELECT g FROM generate_series(1, 20000) g;\n"
                    + "INSERT INTO run_log (migration) VALUES (" + i + ");\n");
        }
        Random random = new Random(42 + tracker.ordinal());
        int interruptedSeen = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = ApplyProcess.start(project.root(), url, "postgres", "postgres", tracker);
            waitForProgress(child, 1 + random.nextInt(2));
            Thread.sleep(random.nextInt(40));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            interruptedSeen += recover(project, tracker);
            assertNoDuplicates(project);
        }
        MigrationManager manager = project.manager();
        manager.apply();

        assertThat(manager.listApplied()).extracting(AppliedMigration::id).doesNotHaveDuplicates().hasSize(MIGRATIONS);
        assertThat(project.queryLong("SELECT COUNT(*) FROM run_log")).isEqualTo(MIGRATIONS);
        assertThat(project.queryLong("SELECT COUNT(DISTINCT migration) FROM run_log")).isEqualTo(MIGRATIONS);
        assertThat(manager.status().isClean()).isTrue();
        if (tracker == TrackerType.JDBC) {
            assertThat(interruptedSeen).isZero();
        }
    }

    private static void waitForProgress(Process child, int lines) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        int seen = 0;
        String line;
        while (seen < lines && (line = output.readLine()) != null) {
            if (line.startsWith("applied ") || line.equals("done")) {
                seen++;
            }
        }
    }

    /** Resolves interrupted migrations as a person would: by looking at the database. */
    private static int recover(TestProject project, TrackerType tracker) {
        MigrationManager manager = project.manager();
        List<MigrationInfo> interrupted = manager.status().inState(MigrationState.INTERRUPTED);
        for (MigrationInfo info : interrupted) {
            assertThat(tracker).as("only the file tracker can leave a transactional migration interrupted")
                    .isEqualTo(TrackerType.FILE);
            boolean inDatabase = project.queryLong("SELECT COUNT(*) FROM run_log WHERE migration = " + info.id()) > 0;
            manager.repair(inDatabase ? RepairAction.MARK_APPLIED : RepairAction.MARK_PENDING);
        }
        manager.validate();
        return interrupted.size();
    }

    private static void assertNoDuplicates(TestProject project) {
        assertThat(project.queryLong("SELECT COUNT(*) - COUNT(DISTINCT migration) FROM run_log")).isZero();
    }
}
