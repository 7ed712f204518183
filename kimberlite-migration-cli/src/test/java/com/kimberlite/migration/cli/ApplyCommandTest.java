package com.kimberlite.migration.cli;

import static com.kimberlite.migration.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.MigrationLock;
import com.kimberlite.migration.MigrationState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ApplyCommandTest {

    @TempDir
    Path temp;

    @Test
    void appliesThePendingMigrationsAndPrintsEachWithItsDuration() {
        TestProject project = new TestProject(temp).withMigrations();

        Cli.Run run = cli().run("apply", "--project", project.path(), "--url", project.url());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Golden.assertMatches("apply", run.out(), temp);
        assertThat(project.tables()).containsExactly("posts", "tags", "users");
        assertThat(project.files().status().count(MigrationState.APPLIED)).isEqualTo(3);
    }

    @Test
    void secondApplyFindsNothingPending() {
        TestProject project = new TestProject(temp).withMigrations();
        cli().run("apply", "--project", project.path(), "--url", project.url());

        Cli.Run run = cli().run("apply", "--project", project.path(), "--url", project.url());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("✓ No pending migrations");
    }

    @Test
    void takesTheUrlFromTheProjectFile() {
        TestProject project = new TestProject(temp).withMigrations();
        project.projectFile("[database]\nurl = \"" + project.url() + "\"\n");

        Cli.Run run = cli().run("apply", "--project", project.path());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(project.tables()).contains("users");
    }

    @Test
    void withoutUrlExitsWithUsageError() {
        TestProject project = new TestProject(temp).withMigrations();

        Cli.Run run = cli().run("apply", "--project", project.path());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Error: 'apply' needs a database: pass --url JDBC_URL, or set url in the"
                + " [database] table of " + project.file("kimberlite.toml"));
    }

    @Test
    void toStopsAtTheTarget() {
        TestProject project = new TestProject(temp).withMigrations();

        Cli.Run run = cli().run("apply", "--to", "2", "--project", project.path(), "--url", project.url());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Applied 2 create_posts").doesNotContain("create_tags");
        assertThat(project.tables()).containsExactly("posts", "users");
    }

    @Test
    void dryRunPrintsTheStatementsAndChangesNothing() {
        TestProject project = new TestProject(temp).withMigrations();

        Cli.Run run = cli().run("apply", "--dry-run", "--project", project.path(), "--url", project.url());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Golden.assertMatches("apply-dry-run", run.out(), temp);
        assertThat(project.tables()).isEmpty();
        assertThat(project.files().status().count(MigrationState.PENDING)).isEqualTo(3);
    }

    @Test
    void outOfOrderMigrationIsRefusedUnlessAllowed() {
        TestProject project = new TestProject(temp).migration("0001_create_users.sql", TestProject.USERS)
                .migration("0003_create_tags.sql", TestProject.TAGS);
        project.files().recordApplied(project.files().listFiles().get(1));
        project.migration("0002_create_posts.sql", TestProject.POSTS);

        Cli.Run refused = cli().run("apply", "--project", project.path(), "--url", project.url());
        Cli.Run allowed = cli().run("apply", "--allow-out-of-order", "--project", project.path(), "--url",
                project.url());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("out of order");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(project.tables()).containsExactly("posts", "users");
    }

    @Test
    void failingStatementExitsWithOneAndNamesTheMigration() {
        TestProject project = new TestProject(temp).migration("0001_create_t.sql", "CREATE TABLE t (id INT);")
                .migration("0002_broken.sql", "INSERT INTO t VALUES (1);\nNOT SQL;\n");

        Cli.Run run = cli().run("apply", "--project", project.path(), "--url", project.url());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("✓ Applied 1 create_t");
        assertThat(run.err()).startsWith("Error: Migration 2 (broken) failed at statement 2 (")
                .contains("0002_broken.sql, line 2)").doesNotContain("\tat ");
        assertThat(project.files().status().find(2).orElseThrow().state()).isEqualTo(MigrationState.PENDING);
    }

    @Test
    void showsAProgressBarOnATerminalWhenMoreThanTenArePending() {
        TestProject project = new TestProject(temp);
        for (int i = 1; i <= 12; i++) {
            project.migration(String.format(Locale.ROOT, "%04d_t%d.sql", i, i), "CREATE TABLE t" + i + " (id INT);");
        }

        Cli.Run run = cli().terminal().env("NO_COLOR", "1")
                .run("apply", "--project", project.path(), "--url", project.url());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("[" + "-".repeat(30) + "] 0/12 1 t1")
                .contains("[" + "#".repeat(27) + "---] 11/12 12 t12").contains("\r✓ Applied 12 t12")
                .contains("Applied 12 migration(s)").doesNotContain("12/12");
        assertThat(project.tables()).hasSize(12);
    }

    @Test
    void drawsNoProgressBarWhenOutputIsNotATerminal() {
        TestProject project = new TestProject(temp);
        for (int i = 1; i <= 12; i++) {
            project.migration(String.format(Locale.ROOT, "%04d_t%d.sql", i, i), "CREATE TABLE t" + i + " (id INT);");
        }

        Cli.Run run = cli().run("apply", "--project", project.path(), "--url", project.url());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("\r").doesNotContain("\u001b[");
    }

    @Test
    void jsonDescribesEachAppliedMigration() {
        TestProject project = new TestProject(temp).withMigrations();

        Cli.Run run = cli().run("apply", "--json", "--project", project.path(), "--url", project.url());

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("ok").asBoolean()).isTrue();
        assertThat(json.get("dry_run").asBoolean()).isFalse();
        assertThat(json.get("applied").asInt()).isEqualTo(3);
        assertThat(json.get("duration_ms").isIntegralNumber()).isTrue();
        JsonNode first = json.get("migrations").get(0);
        assertThat(first.get("id").asLong()).isEqualTo(1);
        assertThat(first.get("name").asString()).isEqualTo("create_users");
        assertThat(first.get("state").asString()).isEqualTo("applied");
        assertThat(first.get("duration_ms").isIntegralNumber()).isTrue();
        assertThat(first.get("statements")).isEmpty();
        assertThat(first.get("note").asString()).isEmpty();
    }

    @Test
    void jsonDryRunHoldsTheStatements() {
        TestProject project = new TestProject(temp).withMigrations();

        Cli.Run run = cli().run("apply", "--json", "--dry-run", "--project", project.path(), "--url", project.url());

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("dry_run").asBoolean()).isTrue();
        assertThat(json.get("applied").asInt()).isZero();
        assertThat(json.get("migrations").get(1).get("statements")).hasSize(2);
        assertThat(json.get("migrations").get(1).get("state").asString()).isEqualTo("pending");
    }

    @Test
    void jdbcTrackerKeepsTheRecordsInTheDatabase() {
        TestProject project = new TestProject(temp).withMigrations();

        Cli.Run run = cli().run("apply", "--tracker", "jdbc", "--table", "schema_log", "--project", project.path(),
                "--url", project.url());
        Cli.Run status = cli().run("status", "--tracker", "jdbc", "--table", "schema_log", "--project", project.path(),
                "--url", project.url());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(project.tables()).contains("schema_log");
        assertThat(project.file(".kimberlite/migrations/applied.toml")).doesNotExist();
        assertThat(status.out()).contains("Applied: 3 | Pending: 0");
    }

    @ParameterizedTest
    @CsvSource({"300ms, 300", "PT0.25S, 250", "0, 0"})
    void waitsForAnotherApplyNoLongerThanTheLockTimeout(String timeout, long millis) throws Exception {
        TestProject project = new TestProject(temp).withMigrations();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try (MigrationLock lock = project.files().tracker().acquireLock(Duration.ofSeconds(10))) {
                held.countDown();
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        holder.start();
        try {
            held.await();

            Cli.Run run = cli().run("apply", "--project", project.path(), "--url", project.url(), "--lock-timeout",
                    timeout);

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).startsWith("Error: Timed out after " + millis + " ms waiting for the migration lock")
                    .contains("Nothing was applied");
            assertThat(project.tables()).isEmpty();
        } finally {
            release.countDown();
            holder.join();
        }
        Cli.Run after = cli().run("apply", "--project", project.path(), "--url", project.url(), "--lock-timeout", "5s");
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(project.tables()).containsExactly("posts", "tags", "users");
    }
}
