package com.kimberlite.migration.cli;

import static com.kimberlite.migration.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.ApplyOptions;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.MigrationState;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One project used in turn by the command line tool and by the library stays consistent. */
class CliAndLibraryTest {

    @TempDir
    Path temp;

    @Test
    void migrationsCreatedAndLockedByTheToolAreValidForTheLibrary() {
        TestProject project = new TestProject(temp);
        cli().run("create", "first", "--project", project.path());
        cli().run("create", "second", "--project", project.path());
        cli().run("lock", "--project", project.path());

        MigrationManager library = project.files();
        library.validate();

        assertThat(library.listFiles()).extracting(file -> file.name()).containsExactly("first", "second");
        assertThat(library.status().migrations()).allMatch(info -> info.locked());
    }

    @Test
    void applyAndRollbackAlternateBetweenToolAndLibrary() {
        TestProject project = new TestProject(temp).withMigrations();
        MigrationManager library = project.library();

        assertThat(cli().run("apply", "--to", "1", "--project", project.path(), "--url", project.url()).exitCode())
                .isZero();
        assertThat(library.apply(ApplyOptions.defaults().target(2)).migrations()).extracting(r -> r.id())
                .containsExactly(2L);
        Cli.Run status = cli().run("status", "--project", project.path());
        assertThat(status.out()).contains("Applied: 2 | Pending: 1");

        assertThat(cli().run("rollback", "--project", project.path(), "--url", project.url()).exitCode()).isZero();
        assertThat(library.status().find(2).orElseThrow().state()).isEqualTo(MigrationState.PENDING);
        assertThat(library.apply().appliedCount()).isEqualTo(2);
        assertThat(cli().run("validate", "--project", project.path()).exitCode()).isZero();
        assertThat(cli().run("apply", "--project", project.path(), "--url", project.url()).out())
                .contains("No pending migrations");
        assertThat(project.tables()).containsExactly("posts", "tags", "users");
    }

    @Test
    void fileTamperedAfterLibraryAppliedItFailsTheToolsValidation() throws Exception {
        TestProject project = new TestProject(temp).withMigrations();
        project.library().apply();
        java.nio.file.Files.writeString(project.file("migrations/0003_create_tags.sql"),
                TestProject.TAGS.replace("tags", "labels"));

        Cli.Run run = cli().run("validate", "--project", project.path());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("Error: Checksum mismatch for migration 3");
    }
}
