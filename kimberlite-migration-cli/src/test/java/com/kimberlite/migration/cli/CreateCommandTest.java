package com.kimberlite.migration.cli;

import static com.kimberlite.migration.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateCommandTest {

    @TempDir
    Path temp;

    @Test
    void createsTheFirstMigrationAndSaysWhatToDoNext() {
        TestProject project = new TestProject(temp);

        Cli.Run run = cli().run("create", "add_users_table", "--project", project.path());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        Golden.assertMatches("create", run.out(), temp);
        assertThat(project.file("migrations/0001_add_users_table.sql")).content()
                .startsWith("-- Migration: add_users_table\n-- Created: ")
                .contains("-- Up Migration\n");
    }

    @Test
    void nextMigrationGetsTheNextId() {
        TestProject project = new TestProject(temp).withMigrations();

        Cli.Run run = cli().run("create", "add_index", "--project", project.path());

        assertThat(run.out()).contains("Migration ID: 4");
        assertThat(project.file("migrations/0004_add_index.sql")).exists();
    }

    @Test
    void takesMigrationsFolderAndTimestampSettingFromProjectFile() {
        TestProject project = new TestProject(temp)
                .projectFile("[migrations]\ndirectory = \"db/changes\"\nauto_timestamp = false\n");

        Cli.Run run = cli().run("create", "first", "--project", project.path());

        assertThat(run.exitCode()).isZero();
        assertThat(project.file("db/changes/0001_first.sql")).content().doesNotContain("-- Created:");
    }

    @Test
    void flagsOverrideProjectFile() {
        TestProject project = new TestProject(temp)
                .projectFile("[migrations]\ndirectory = \"db/changes\"\nauto_timestamp = false\n");

        Cli.Run run = cli().run("create", "first", "--project", project.path(), "--migrations-dir", "sql",
                "--auto-timestamp", "--author", "Ada");

        assertThat(run.exitCode()).isZero();
        assertThat(project.file("sql/0001_first.sql")).content().contains("-- Created: ").contains("-- Author: Ada");
    }

    @Test
    void noAutoTimestampFlagLeavesOutCreatedHeader() {
        TestProject project = new TestProject(temp);

        cli().run("create", "first", "--project", project.path(), "--no-auto-timestamp");

        assertThat(project.file("migrations/0001_first.sql")).content().doesNotContain("-- Created:");
    }

    @Test
    void invalidNameFailsWithExitCodeOne() {
        TestProject project = new TestProject(temp);

        Cli.Run run = cli().run("create", "bad name!", "--project", project.path());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("Error: Invalid migration name: bad name!");
        assertThat(run.err()).doesNotContain("\tat ");
        assertThat(project.file("migrations")).doesNotExist();
    }
}
