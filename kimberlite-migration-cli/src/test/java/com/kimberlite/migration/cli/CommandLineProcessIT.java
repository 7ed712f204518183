package com.kimberlite.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes, error messages, colours and the launcher script, with the packaged jar. */
class CommandLineProcessIT {

    private static final Path LAUNCHER = Path.of("..", "bin", "kimberlite-migration").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void versionAndHelp() {
        Cli.Run version = JarProcess.in(temp).java("--version");
        Cli.Run help = JarProcess.in(temp).java("apply", "--help");

        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).matches("kimberlite-migration \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: kimberlite-migration apply").contains("--dry-run");
    }

    @Test
    void usageErrorsExitWithTwo() {
        JarProcess cli = JarProcess.in(temp);

        Cli.Run unknownCommand = cli.java("migrate");
        Cli.Run badFlag = cli.java("status", "--bogus");
        Cli.Run missingFolder = cli.java("status", "--project", temp.resolve("missing").toString());
        Cli.Run noUrl = cli.java("apply");

        assertThat(List.of(unknownCommand, badFlag, missingFolder, noUrl)).allMatch(run -> run.exitCode() == 2)
                .allMatch(run -> run.out().isEmpty())
                .allMatch(run -> !run.err().contains("\tat "));
        assertThat(unknownCommand.err()).startsWith("Error: Unmatched argument at index 0: 'migrate'");
        assertThat(missingFolder.err()).startsWith("Error: Project folder not found: ");
        assertThat(noUrl.err()).startsWith("Error: 'apply' needs a database");
    }

    @Test
    void validationFailureExitsWithOne() {
        TestProject project = new TestProject(temp).migration("0002_b.sql", "SELECT 2;");

        Cli.Run run = JarProcess.in(project.dir()).java("validate");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("Error: Invalid migration sequence: expected 1, found 2");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void wrongPasswordExitsWithThree() throws Exception {
        TestProject project = new TestProject(temp).withMigrations();
        try (Connection connection = DriverManager.getConnection(project.url(), "admin", "s3cret")) {
            connection.createStatement().execute("SELECT 1");
        }

        Cli.Run wrong = JarProcess.in(project.dir()).env(CliContext.PASSWORD_VARIABLE, "nope")
                .java("apply", "--url", project.url(), "--user", "admin");
        Cli.Run right = JarProcess.in(project.dir()).env(CliContext.PASSWORD_VARIABLE, "s3cret")
                .java("apply", "--url", project.url(), "--user", "admin");

        assertThat(wrong.exitCode()).isEqualTo(3);
        assertThat(wrong.err()).startsWith("Error: Cannot connect to the database").contains("Wrong user name or password")
                .doesNotContain("\tat ");
        assertThat(right.exitCode()).as(right.err()).isZero();
    }

    @Test
    void noEscapeCodesWithoutATerminal() {
        TestProject project = new TestProject(temp).withMigrations();

        Cli.Run run = JarProcess.in(project.dir()).java("status");

        assertThat(run.out()).contains("Pending").doesNotContain("\u001b[");
    }

    @Test
    void coloursOnARealTerminalUnlessNoColorIsSet() {
        assumeThat(Path.of("/usr/bin/script")).exists();
        TestProject project = new TestProject(temp).withMigrations();
        String command = JarProcess.javaBinary() + " -jar " + JarProcess.JAR + " status";

        Cli.Run coloured = JarProcess.in(project.dir()).run(List.of("/usr/bin/script", "-qec", command, "/dev/null"));
        Cli.Run plain = JarProcess.in(project.dir()).env("NO_COLOR", "1")
                .run(List.of("/usr/bin/script", "-qec", command, "/dev/null"));

        assertThat(coloured.out()).contains("\u001b[33mPending");
        assertThat(plain.out()).contains("Pending").doesNotContain("\u001b[");
    }

    @Test
    void launcherScriptRunsTheJar() {
        Cli.Run run = JarProcess.in(temp).run(List.of(LAUNCHER.toString(), "--version"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("kimberlite-migration ");
    }

    @Test
    void launcherScriptSaysHowToBuildWhenTheJarIsMissing() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("repo/bin"));
        Path launcher = Files.copy(LAUNCHER, bin.resolve("kimberlite-migration"));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));

        Cli.Run run = JarProcess.in(temp).run(List.of(launcher.toString(), "status"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("kimberlite-migration.jar not found").contains("mvn");
    }
}
