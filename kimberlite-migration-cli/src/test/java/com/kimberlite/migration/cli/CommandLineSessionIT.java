package com.kimberlite.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.MigrationState;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The session of the README, run with the packaged jar in a project folder: create, status, apply,
 * status, tamper, validate. Each output is compared with its golden file.
 */
class CommandLineSessionIT {

    private static final String USERS = """
            -- Migration: add_users_table
            -- Created: 2026-02-01T10:30:00+00:00
            -- Author: alice

            CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(200) NOT NULL);

            -- Down Migration
            DROP TABLE users;
            """;

    private static final String POSTS = """
            -- Migration: add_posts_table
            -- Created: 2026-02-01T10:31:00+00:00
            -- Author: alice

            CREATE TABLE posts (id INT PRIMARY KEY, user_id INT REFERENCES users (id), title VARCHAR(200));
            CREATE INDEX posts_user ON posts (user_id);

            -- Down Migration
            DROP TABLE posts;
            """;

    @TempDir
    Path temp;

    @Test
    void createStatusApplyStatusTamperValidate() throws Exception {
        TestProject project = new TestProject(temp)
                .projectFile("[migrations]\ndirectory = \"migrations\"\n\n[database]\nurl = \"jdbc:h2:file:./db/app\"\n");
        JarProcess cli = JarProcess.in(project.dir());

        Cli.Run create = cli.java("create", "add_users_table");
        assertThat(create.exitCode()).as(create.err()).isZero();
        Golden.assertMatches("session-1-create", create.out(), temp);
        Files.writeString(project.file("migrations/0001_add_users_table.sql"), USERS);
        assertThat(cli.java("create", "add_posts_table").exitCode()).isZero();
        Files.writeString(project.file("migrations/0002_add_posts_table.sql"), POSTS);

        Cli.Run pending = cli.java("status");
        Golden.assertMatches("session-2-status", pending.out(), temp);

        Cli.Run apply = cli.java("apply");
        assertThat(apply.exitCode()).as(apply.err()).isZero();
        Golden.assertMatches("session-3-apply", apply.out(), temp);

        Cli.Run applied = cli.java("status");
        Golden.assertMatches("session-4-status", applied.out(), temp);

        Files.writeString(project.file("migrations/0001_add_users_table.sql"),
                USERS.replace("VARCHAR(200) NOT NULL", "VARCHAR(320) NOT NULL"));
        Cli.Run validate = cli.java("validate");
        assertThat(validate.exitCode()).isEqualTo(1);
        Golden.assertMatches("session-5-validate", validate.out(), temp);
        Golden.assertMatches("session-5-validate-err", validate.err(), temp);
    }

    @Test
    void toolAndLibraryTakeTurnsOnOneProject() {
        TestProject project = new TestProject(temp).withMigrations();
        JarProcess cli = JarProcess.in(project.dir());

        assertThat(cli.java("apply", "--to", "1", "--url", project.url()).exitCode()).isZero();
        MigrationManager library = project.library();
        assertThat(library.status().find(1).orElseThrow().state()).isEqualTo(MigrationState.APPLIED);
        assertThat(library.apply().appliedCount()).isEqualTo(2);

        Cli.Run status = cli.java("status", "--json");
        JsonNode json = new ObjectMapper().readTree(status.out());
        assertThat(json.get("summary").get("applied").asInt()).isEqualTo(3);
        assertThat(cli.java("rollback", "--count", "2", "--force", "--url", project.url()).exitCode()).isZero();
        assertThat(library.status().count(MigrationState.PENDING)).isEqualTo(2);
        library.validate();
    }

    @Test
    void jsonDocumentsOfStatusValidateApplyAndRollback() {
        TestProject project = new TestProject(temp).withMigrations();
        JarProcess cli = JarProcess.in(project.dir());
        ObjectMapper mapper = new ObjectMapper();

        JsonNode apply = mapper.readTree(cli.java("apply", "--json", "--url", project.url()).out());
        JsonNode status = mapper.readTree(cli.java("status", "--json").out());
        JsonNode validate = mapper.readTree(cli.java("validate", "--json").out());
        JsonNode rollback = mapper.readTree(cli.java("rollback", "--json", "--to", "1", "--force", "--url",
                project.url()).out());

        assertThat(apply.get("applied").asInt()).isEqualTo(3);
        assertThat(status.get("migrations")).hasSize(3);
        assertThat(status.get("clean").asBoolean()).isTrue();
        assertThat(validate.get("files").asInt()).isEqualTo(3);
        assertThat(rollback.get("rolled_back").asInt()).isEqualTo(2);
        assertThat(rollback.get("migrations").get(0).get("note").asString()).isNotEmpty();
    }

    @Test
    void repairOfAnInterruptedMigration() {
        TestProject project = new TestProject(temp).migration("0001_half_done.sql", """
                -- Transaction: none
                CREATE TABLE first_half (id INT);
                NOT SQL;
                """);
        JarProcess cli = JarProcess.in(project.dir());
        assertThat(cli.java("apply", "--url", project.url()).exitCode()).isEqualTo(1);

        Cli.Run refused = cli.java("repair");
        Cli.Run repaired = cli.java("repair", "--applied", "--yes");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("--yes");
        assertThat(repaired.exitCode()).as(repaired.err()).isZero();
        assertThat(cli.java("status").out()).contains("Applied: 1 | Pending: 0");
    }
}
