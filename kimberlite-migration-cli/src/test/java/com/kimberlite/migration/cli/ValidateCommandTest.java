package com.kimberlite.migration.cli;

import static com.kimberlite.migration.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ValidateCommandTest {

    @TempDir
    Path temp;

    @Test
    void validProjectPrintsTheThreeChecks() {
        TestProject project = new TestProject(temp).withMigrations();

        Cli.Run run = cli().run("validate", "--project", project.path());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        Golden.assertMatches("validate-ok", run.out(), temp);
    }

    @Test
    void fileChangedAfterLockingFailsWithTheChecksumMismatch() throws Exception {
        TestProject project = new TestProject(temp).withMigrations();
        assertThat(cli().run("lock", "--project", project.path()).exitCode()).isZero();
        Files.writeString(project.file("migrations/0002_create_posts.sql"), TestProject.POSTS.replace("200", "300"));

        Cli.Run run = cli().run("validate", "--project", project.path());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("Error: Checksum mismatch for migration 2: expected ")
                .doesNotContain("\tat ");
    }

    @Test
    void gapInTheSequenceFails() {
        TestProject project = new TestProject(temp).migration("0001_a.sql", "SELECT 1;")
                .migration("0003_c.sql", "SELECT 3;");

        Cli.Run run = cli().run("validate", "--project", project.path());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("Error: Invalid migration sequence: expected 2, found 3");
    }

    @Test
    void everyProblemIsReported() throws Exception {
        TestProject project = new TestProject(temp).withMigrations();
        project.files().lock();
        Files.writeString(project.file("migrations/0001_create_users.sql"), "SELECT 1;");
        project.migration("0005_e.sql", "SELECT 5;");

        Cli.Run run = cli().run("validate", "--project", project.path());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("Error: Checksum mismatch for migration 1")
                .contains("\nAlso: Invalid migration sequence");
    }

    @Test
    void twoFilesWithOneIdFail() {
        TestProject project = new TestProject(temp).migration("0001_a.sql", "SELECT 1;")
                .migration("1_b.sql", "SELECT 1;");

        Cli.Run run = cli().run("validate", "--project", project.path());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Duplicate migration id 1");
    }

    @Test
    void jsonOnSuccessCountsFilesAndNamesChecks() {
        TestProject project = new TestProject(temp).withMigrations();

        Cli.Run run = cli().run("validate", "--project", project.path(), "--json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("ok").asBoolean()).isTrue();
        assertThat(json.get("files").asInt()).isEqualTo(3);
        assertThat(json.get("checks")).hasSize(3);
        assertThat(json.get("checks").get(0).asString()).isEqualTo("files_parsed");
    }

    @Test
    void jsonOnFailureListsTheErrorsAndTheExitCode() {
        TestProject project = new TestProject(temp).migration("0002_b.sql", "SELECT 2;");

        Cli.Run run = cli().run("validate", "--project", project.path(), "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.get("exit_code").asInt()).isEqualTo(1);
        assertThat(json.get("errors").get(0).get("kind").asString()).isEqualTo("invalid_sequence");
        assertThat(json.get("errors").get(0).get("message").asString())
                .startsWith("Invalid migration sequence: expected 1, found 2");
        assertThat(run.err()).startsWith("Error: Invalid migration sequence");
    }
}
