package com.kimberlite.migration.cli;

import static com.kimberlite.migration.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseConnectionTest {

    @TempDir
    Path temp;

    private TestProject project;

    @BeforeEach
    void databaseWithUserAndPassword() throws Exception {
        project = new TestProject(temp).withMigrations();
        try (Connection connection = DriverManager.getConnection(project.url(), "admin", "s3cret")) {
            connection.createStatement().execute("SELECT 1");
        }
    }

    private Cli.Run apply(Cli cli) {
        return cli.run("apply", "--project", project.path(), "--url", project.url(), "--user", "admin");
    }

    @Test
    void wrongPasswordExitsWithThreeAndAClearMessage() {
        Cli.Run run = apply(cli().env(CliContext.PASSWORD_VARIABLE, "wrong"));

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("Error: Cannot connect to the database " + project.url() + " as admin: Wrong"
                + " user name or password").contains("KIMBERLITE_DB_PASSWORD").doesNotContain("\tat ");
        assertThat(run.out()).doesNotContain("Applied");
    }

    @Test
    void passwordFromTheEnvironmentConnects() {
        Cli.Run run = apply(cli().env(CliContext.PASSWORD_VARIABLE, "s3cret"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.prompts()).isEmpty();
    }

    @Test
    void asksForThePasswordOnATerminal() {
        Cli.Run run = apply(cli().terminal().answers("s3cret"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.prompts()).containsExactly("Password for admin: ");
    }

    @Test
    void withoutTerminalAndVariableConnectsWithoutPassword() {
        Cli.Run run = apply(cli());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.prompts()).isEmpty();
    }

    @Test
    void userComesFromTheProjectFile() {
        project.projectFile("[database]\nurl = \"" + project.url() + "\"\nuser = \"admin\"\n");

        Cli.Run run = cli().env(CliContext.PASSWORD_VARIABLE, "s3cret").run("apply", "--project", project.path());

        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void passwordInTheUrlIsHiddenInMessages() {
        Cli.Run run = cli().run("apply", "--project", project.path(), "--url", project.url() + ";USER=admin;PASSWORD=nope");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("PASSWORD=***").doesNotContain("nope");
    }

    @Test
    void unreachableServerExitsWithThree() {
        Cli.Run run = cli().run("apply", "--project", project.path(), "--url",
                "jdbc:postgresql://127.0.0.1:1/app?connectTimeout=2");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("Error: Cannot connect to the database jdbc:postgresql://127.0.0.1:1/app");
    }

    @Test
    void urlWithoutDriverExitsWithThree() {
        Cli.Run run = cli().run("apply", "--project", project.path(), "--url", "jdbc:nosuchdb:x");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("No suitable driver");
    }
}
