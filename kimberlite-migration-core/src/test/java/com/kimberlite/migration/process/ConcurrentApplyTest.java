package com.kimberlite.migration.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.MigrationConfig;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.TrackerType;
import com.kimberlite.migration.support.TestDatabases;
import com.kimberlite.migration.support.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Four processes applying the same 50 migrations at once: each migration runs exactly once. */
class ConcurrentApplyTest {

    private static final int PROCESSES = 4;
    private static final int MIGRATIONS = 50;

    @TempDir
    Path dir;

    static void writeMigrations(TestProject project, int count) {
        for (int i = 1; i <= count; i++) {
            project.write(String.format("%04d_step_%d.sql", i, i), "CREATE TABLE t_" + i + " (id INT);\n"
                    + "INSERT INTO run_log (migration) VALUES (" + i + ");\n");
        }
    }

    static void createRunLog(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE run_log (migration INT NOT NULL)");
        }
    }

    @Test
    void fourProcessesOnOnePostgresDatabaseWithTheJdbcTracker() throws Exception {
        DataSource dataSource = TestDatabases.postgres();
        createRunLog(dataSource);
        TestProject project = new TestProject(dir, dataSource, TrackerType.JDBC);
        writeMigrations(project, MIGRATIONS);

        runAll(project, TestDatabases.postgresUrl(dataSource), "postgres", "postgres", TrackerType.JDBC);

        assertEachAppliedOnce(project);
    }

    @Test
    void fourProcessesOnOneH2FileDatabaseThroughOneStateFolder() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db/shared") + ";AUTO_SERVER=TRUE";
        DataSource dataSource = new SimpleDataSource(url, "sa", "");
        createRunLog(dataSource);
        TestProject project = new TestProject(dir, dataSource, TrackerType.FILE);
        writeMigrations(project, MIGRATIONS);

        runAll(project, url, "sa", "", TrackerType.FILE);

        assertEachAppliedOnce(project);
    }

    private void runAll(TestProject project, String url, String user, String password, TrackerType tracker)
            throws IOException, InterruptedException {
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            processes.add(ApplyProcess.start(project.root(), url, user, password, tracker));
        }
        int appliedLines = 0;
        for (Process process : processes) {
            assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("process finished").isTrue();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains("done");
            appliedLines += (int) output.lines().filter(line -> line.startsWith("applied ")).count();
        }
        assertThat(appliedLines).as("migrations applied over all processes").isEqualTo(MIGRATIONS);
    }

    private static void assertEachAppliedOnce(TestProject project) {
        MigrationConfig config = project.config();
        MigrationManager manager = new MigrationManager(config, project.dataSource());
        assertThat(manager.listApplied()).extracting(AppliedMigration::id).doesNotHaveDuplicates().hasSize(MIGRATIONS);
        assertThat(project.queryLong("SELECT COUNT(*) FROM run_log")).isEqualTo(MIGRATIONS);
        assertThat(project.queryLong("SELECT COUNT(DISTINCT migration) FROM run_log")).isEqualTo(MIGRATIONS);
        assertThat(manager.status().isClean()).isTrue();
    }
}
