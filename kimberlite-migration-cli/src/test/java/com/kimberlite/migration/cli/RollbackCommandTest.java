package com.kimberlite.migration.cli;

import static com.kimberlite.migration.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class RollbackCommandTest {

    @TempDir
    Path temp;

    private TestProject project;

    @BeforeEach
    void applyUsersAndPosts() {
        project = new TestProject(temp).withMigrations();
        Cli.Run apply = cli().run("apply", "--to", "2", "--project", project.path(), "--url", project.url());
        assertThat(apply.exitCode()).as(apply.err()).isZero();
    }

    private Cli.Run rollback(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "rollback";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--project";
        all[args.length + 2] = project.path();
        all[args.length + 3] = "--url";
        all[args.length + 4] = project.url();
        return cli().run(all);
    }

    @Test
    void rollsBackTheLastMigrationByDefault() {
        Cli.Run run = rollback();

        assertThat(run.exitCode()).as(run.err()).isZero();
        Golden.assertMatches("rollback", run.out(), temp);
        assertThat(project.tables()).containsExactly("users");
    }

    @Test
    void countRollsBackSeveralNewestFirst() {
        Cli.Run run = rollback("--count", "2");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsSubsequence("Rolled back 2 create_posts", "Rolled back 1 create_users");
        assertThat(project.tables()).isEmpty();
    }

    @Test
    void toRollsBackEverythingAboveTheId() {
        Cli.Run run = rollback("--to", "1");

        assertThat(run.exitCode()).isZero();
        assertThat(project.tables()).containsExactly("users");
    }

    @Test
    void countAndToTogetherIsAUsageError() {
        Cli.Run run = rollback("--count", "1", "--to", "1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("mutually exclusive");
    }

    @Test
    void countBelowOneIsAUsageError() {
        Cli.Run run = rollback("--count", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--count must be at least 1");
    }

    @Test
    void migrationWithoutDownSectionNeedsForce() {
        cli().run("apply", "--project", project.path(), "--url", project.url());

        Cli.Run refused = rollback();
        Cli.Run forced = rollback("--force");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("Error: Migration 3 (create_tags) has no down migration");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("Rolled back 3 create_tags").contains("⚠ ");
        assertThat(project.tables()).contains("tags");
    }

    @Test
    void nothingAppliedMeansNothingToRollBack() {
        rollback("--to", "0");

        Cli.Run run = rollback();

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("✓ Nothing to roll back");
    }

    @Test
    void jsonDescribesEachRolledBackMigration() {
        Cli.Run run = rollback("--count", "2", "--json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("ok").asBoolean()).isTrue();
        assertThat(json.get("rolled_back").asInt()).isEqualTo(2);
        assertThat(json.get("migrations").get(0).get("id").asLong()).isEqualTo(2);
        assertThat(json.get("migrations").get(0).get("state").asString()).isEqualTo("pending");
        assertThat(json.get("migrations").get(1).get("name").asString()).isEqualTo("create_users");
    }

    @Test
    void withoutUrlExitsWithUsageError() {
        Cli.Run run = cli().run("rollback", "--project", project.path());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'rollback' needs a database");
    }
}
