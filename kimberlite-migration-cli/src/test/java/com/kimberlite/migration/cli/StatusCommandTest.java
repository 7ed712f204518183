package com.kimberlite.migration.cli;

import static com.kimberlite.migration.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.MigrationManager;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class StatusCommandTest {

    private static final String ESC = "\u001b[";

    @TempDir
    Path temp;

    @Test
    void emptyProjectSaysHowToCreateTheFirstMigration() {
        TestProject project = new TestProject(temp);

        Cli.Run run = cli().run("status", "--project", project.path());

        assertThat(run.exitCode()).isZero();
        Golden.assertMatches("status-empty", run.out(), temp);
    }

    @Test
    void showsTableOfPendingMigrationsWithoutDatabase() {
        TestProject project = new TestProject(temp).withMigrations();

        Cli.Run run = cli().run("status", "--project", project.path());

        assertThat(run.exitCode()).isZero();
        Golden.assertMatches("status-pending", run.out(), temp);
    }

    @Test
    void showsMigrationsRecordedByTheLibraryAsApplied() {
        TestProject project = new TestProject(temp).withMigrations();
        MigrationManager library = project.files();
        library.recordApplied(library.listFiles().get(0));

        Cli.Run run = cli().run("status", "--project", project.path());

        assertThat(run.out()).contains("│ 1  ┆ create_users ┆ Applied ┆").contains("Applied: 1 | Pending: 2");
    }

    @Test
    void showsModifiedAndMissingMigrations() throws Exception {
        TestProject project = new TestProject(temp).withMigrations();
        MigrationManager library = project.files();
        library.lock();
        library.recordApplied(library.listFiles().get(1));
        Files.writeString(project.file("migrations/0001_create_users.sql"), TestProject.USERS + "-- edited\n");
        Files.delete(project.file("migrations/0002_create_posts.sql"));

        Cli.Run run = cli().run("status", "--project", project.path());

        assertThat(run.exitCode()).isZero();
        Golden.assertMatches("status-problems", run.out(), temp);
    }

    @Test
    void writesNoEscapeCodesWhenOutputIsNotATerminal() {
        TestProject project = new TestProject(temp).withMigrations();

        assertThat(cli().run("status", "--project", project.path()).out()).doesNotContain(ESC);
    }

    @Test
    void colouresStatesOnATerminal() {
        TestProject project = new TestProject(temp).withMigrations();

        Cli.Run run = cli().terminal().run("status", "--project", project.path());

        assertThat(run.out()).contains(ESC + "33mPending" + ESC + "0m").contains(ESC + "34mID" + ESC + "0m");
    }

    @Test
    void writesNoEscapeCodesOnATerminalWhenNoColorIsSet() {
        TestProject project = new TestProject(temp).withMigrations();

        Cli.Run run = cli().terminal().env("NO_COLOR", "1").run("status", "--project", project.path());

        assertThat(run.out()).doesNotContain(ESC).contains("Pending");
    }

    @Test
    void jsonListsEveryMigrationWithItsStateAndTheCounts() {
        TestProject project = new TestProject(temp).withMigrations();
        MigrationManager library = project.files();
        library.recordApplied(library.listFiles().get(0));

        Cli.Run run = cli().terminal().run("status", "--project", project.path(), "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("ok").asBoolean()).isTrue();
        assertThat(json.get("clean").asBoolean()).isTrue();
        assertThat(json.get("migrations")).hasSize(3);
        JsonNode first = json.get("migrations").get(0);
        assertThat(first.get("id").asLong()).isEqualTo(1);
        assertThat(first.get("name").asString()).isEqualTo("create_users");
        assertThat(first.get("state").asString()).isEqualTo("applied");
        assertThat(first.get("checksum").asString()).hasSize(64);
        assertThat(first.get("locked").asBoolean()).isFalse();
        assertThat(first.get("file").asString()).endsWith("0001_create_users.sql");
        assertThat(first.get("applied_at").asString()).endsWith("Z");
        assertThat(json.get("migrations").get(1).get("applied_at").isNull()).isTrue();
        assertThat(json.get("summary").get("applied").asInt()).isEqualTo(1);
        assertThat(json.get("summary").get("pending").asInt()).isEqualTo(2);
        assertThat(json.get("summary").get("total").asInt()).isEqualTo(3);
        assertThat(run.out()).doesNotContain(ESC);
    }

    @Test
    void jdbcTrackerWithoutUrlIsAUsageError() {
        TestProject project = new TestProject(temp).withMigrations();

        Cli.Run run = cli().run("status", "--project", project.path(), "--tracker", "jdbc");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'status' needs a database (the jdbc tracker keeps its records there)")
                .contains("--url");
    }

    @Test
    void jsonUsageErrorIsAlsoAJsonDocument() {
        Cli.Run run = cli().run("status", "--json", "--project", temp.resolve("missing").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.get("exit_code").asInt()).isEqualTo(2);
        assertThat(json.get("errors").get(0).get("kind").asString()).isEqualTo("usage");
        assertThat(run.err()).startsWith("Error: Project folder not found");
    }
}
