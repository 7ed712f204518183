package com.kimberlite.migration.cli;

import static com.kimberlite.migration.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockCommandTest {

    @TempDir
    Path temp;

    @Test
    void locksEveryMigrationFile() {
        TestProject project = new TestProject(temp).withMigrations();

        Cli.Run run = cli().run("lock", "--project", project.path());

        assertThat(run.exitCode()).isZero();
        Golden.assertMatches("lock", run.out(), temp);
        assertThat(project.file(".kimberlite/migrations/.lock")).content()
                .startsWith("version = 1\n")
                .contains("name = \"create_users\"", "name = \"create_posts\"", "name = \"create_tags\"");
        assertThat(project.files().status().migrations()).allMatch(info -> info.locked());
    }

    @Test
    void lockingAgainAddsOnlyTheNewFiles() {
        TestProject project = new TestProject(temp).withMigrations();
        cli().run("lock", "--project", project.path());
        project.migration("0004_more.sql", "SELECT 4;");

        Cli.Run run = cli().run("lock", "--project", project.path());

        assertThat(run.out()).contains("+ 4 more").contains("Locked 4 migration(s) (1 new)")
                .doesNotContain("+ 1 ");
    }

    @Test
    void refusesToLockOverAChangedLockedFile() throws Exception {
        TestProject project = new TestProject(temp).withMigrations();
        cli().run("lock", "--project", project.path());
        String lock = Files.readString(project.file(".kimberlite/migrations/.lock"));
        Files.writeString(project.file("migrations/0003_create_tags.sql"), "SELECT 'changed';");

        Cli.Run run = cli().run("lock", "--project", project.path());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("Error: Checksum mismatch for migration 3");
        assertThat(project.file(".kimberlite/migrations/.lock")).hasContent(lock);
    }

    @Test
    void relockAcceptsAReviewedChangeOfAMigrationNeverApplied() throws Exception {
        TestProject project = new TestProject(temp).withMigrations();
        cli().run("lock", "--project", project.path());
        Files.writeString(project.file("migrations/0003_create_tags.sql"), "CREATE TABLE tags (id BIGINT);");

        Cli.Run run = cli().run("lock", "--relock", "--project", project.path());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("  ~ 3 create_tags 2e2cd6ee -> [0-9a-f]{8}\n")
                .contains("Locked 3 migration(s) (0 new, 1 relocked)");
        assertThat(cli().run("validate", "--project", project.path()).exitCode()).isZero();
    }

    @Test
    void relockRefusesAChangeOfAnAppliedMigration() throws Exception {
        TestProject project = new TestProject(temp).withMigrations();
        project.files().recordApplied(project.files().listFiles().get(0));
        Files.writeString(project.file("migrations/0001_create_users.sql"), "CREATE TABLE users (id BIGINT);");

        Cli.Run run = cli().run("lock", "--relock", "--project", project.path());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("Error: Checksum mismatch for migration 1");
        assertThat(project.file(".kimberlite/migrations/.lock")).doesNotExist();
    }
}
