package com.kimberlite.migration.cli;

import static com.kimberlite.migration.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.MigrationState;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepairCommandTest {

    /** Runs outside a transaction and fails at its second statement: left interrupted. */
    private static final String HALF_DONE = """
            -- Migration: half_done
            -- Transaction: none
            CREATE TABLE first_half (id INT);
            NOT SQL;
            """;

    @TempDir
    Path temp;

    private TestProject interruptedProject() {
        TestProject project = new TestProject(temp).migration("0001_create_users.sql", TestProject.USERS)
                .migration("0002_half_done.sql", HALF_DONE);
        Cli.Run apply = cli().run("apply", "--project", project.path(), "--url", project.url());
        assertThat(apply.exitCode()).as(apply.err()).isEqualTo(1);
        assertThat(project.files().status().count(MigrationState.INTERRUPTED)).isEqualTo(1);
        return project;
    }

    @Test
    void statusShowsTheInterruptedMigration() {
        TestProject project = interruptedProject();

        Cli.Run run = cli().run("status", "--project", project.path());

        assertThat(run.out()).contains("┆ Interrupted ┆").contains("| Interrupted: 1");
    }

    @Test
    void nothingToRepairIsASuccess() {
        TestProject project = new TestProject(temp).withMigrations();

        Cli.Run run = cli().run("repair", "--project", project.path());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("✓ No interrupted migrations: nothing to repair");
    }

    @Test
    void refusesWithoutTerminalAndWithoutYes() {
        TestProject project = interruptedProject();

        Cli.Run run = cli().run("repair", "--project", project.path());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no terminal").contains("--yes");
        assertThat(project.files().status().count(MigrationState.INTERRUPTED)).isEqualTo(1);
    }

    @Test
    void asksOnATerminalThenMarksPending() {
        TestProject project = interruptedProject();

        Cli.Run run = cli().terminal().env("NO_COLOR", "1").answers("y").run("repair", "--project", project.path());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.prompts()).containsExactly("Mark 1 interrupted migration(s) as pending? [y/N] ");
        Golden.assertMatches("repair", run.out(), temp);
        assertThat(project.files().status().find(2).orElseThrow().state()).isEqualTo(MigrationState.PENDING);
    }

    @Test
    void declinedConfirmationChangesNothing() {
        TestProject project = interruptedProject();

        Cli.Run run = cli().terminal().answers("n").run("repair", "--project", project.path());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Aborted: nothing was changed.");
        assertThat(project.files().status().count(MigrationState.INTERRUPTED)).isEqualTo(1);
    }

    @Test
    void yesWithAppliedRecordsThemAsApplied() {
        TestProject project = interruptedProject();

        Cli.Run run = cli().run("repair", "--applied", "--yes", "--project", project.path());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("✓ Marked 1 migration(s) as applied: [2]");
        assertThat(project.files().status().find(2).orElseThrow().state()).isEqualTo(MigrationState.APPLIED);
    }
}
