package com.kimberlite.migration.cli;

import static com.kimberlite.migration.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsageErrorTest {

    @TempDir
    Path temp;

    @Test
    void unknownCommandExitsWithTwoAndSuggestsTheNearestCommand() {
        Cli.Run run = cli().run("stauts");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Error: Unmatched argument at index 0: 'stauts'")
                .contains("status")
                .contains("Run 'kimberlite-migration --help' for usage.");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownFlagExitsWithTwo() {
        Cli.Run run = cli().run("status", "--colour");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Error: Unknown option: '--colour'")
                .contains("Run 'kimberlite-migration status --help' for usage.");
    }

    @Test
    void passwordIsNotAFlag() {
        Cli.Run run = cli().run("apply", "--password", "secret");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option");
    }

    @Test
    void missingCommandExitsWithTwo() {
        Cli.Run run = cli().run();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Error: Missing a command: one of create, status, validate, apply,"
                + " rollback, lock, repair");
    }

    @Test
    void missingProjectFolderExitsWithTwo() {
        Path missing = temp.resolve("nowhere");

        Cli.Run run = cli().run("status", "--project", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Error: Project folder not found: " + missing + " does not exist.");
    }

    @Test
    void malformedProjectFileExitsWithTwoNamingFileAndLine() {
        TestProject project = new TestProject(temp).projectFile("[migrations]\nauto_timestamp = \"maybe\"\n");

        Cli.Run run = cli().run("status", "--project", project.path());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Error: Invalid project file " + project.file("kimberlite.toml")
                + ", line 2: `migrations.auto_timestamp` must be true or false, found the string \"maybe\"."
                + " Fix the file and run again.");
    }

    @Test
    void projectFileThatIsNotTomlExitsWithTwoNamingFileAndLine() {
        TestProject project = new TestProject(temp).projectFile("[migrations]\ndirectory = db/migrations\n");

        Cli.Run run = cli().run("status", "--project", project.path());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Error: Invalid project file " + project.file("kimberlite.toml")
                + ", line 2: not valid TOML: ");
    }

    @Test
    void unknownTrackerExitsWithTwo() {
        Cli.Run run = cli().run("status", "--tracker", "redis");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--tracker").contains("redis");
    }

    @Test
    void invalidTableNameExitsWithTwo() {
        TestProject project = new TestProject(temp);

        Cli.Run run = cli().run("status", "--table", "drop table;", "--project", project.path());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Error: Invalid tracker table name: 'drop table;'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "-5s", "PT-1S", "5 minutes", "1.5s"})
    void lockTimeoutThatIsNotADurationIsAUsageError(String value) {
        Cli.Run run = cli().run("apply", "--project", temp.toString(), "--lock-timeout", value);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'" + value + "' is not a duration: write it as 500ms, 30s, 5m, 1h"
                + " or ISO-8601 (PT30S)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"apply", "rollback", "repair"})
    void everyCommandThatTakesTheMigrationLockHasALockTimeout(String command) {
        Cli.Run run = cli().run(command, "--help");

        assertThat(run.out()).contains("--lock-timeout=DURATION").contains("(default: 60s)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"create", "status", "validate", "apply", "rollback", "lock", "repair"})
    void everyCommandHasHelp(String command) {
        Cli.Run run = cli().run(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: kimberlite-migration " + command).contains("--project=DIR");
    }

    @Test
    void topLevelHelpListsCommandsAndExitCodes() {
        Cli.Run run = cli().run("--help");

        assertThat(run.exitCode()).isZero();
        Golden.assertMatches("help", run.out(), temp);
    }

    @Test
    void versionComesFromTheBuild() {
        Cli.Run run = cli().run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("kimberlite-migration \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n");
    }

    @Test
    void failuresShowNoStackTraceUnlessVerbose() {
        TestProject project = new TestProject(temp).migration("0002_b.sql", "SELECT 2;");

        Cli.Run quiet = cli().run("validate", "--project", project.path());
        Cli.Run verbose = cli().run("--verbose", "validate", "--project", project.path());
        Cli.Run verboseAfter = cli().run("validate", "--project", project.path(), "--verbose");

        assertThat(quiet.err()).doesNotContain("\tat ");
        assertThat(verbose.err()).contains("\tat com.kimberlite.migration");
        assertThat(verboseAfter.err()).contains("\tat com.kimberlite.migration");
        assertThat(verbose.exitCode()).isEqualTo(1);
    }
}
