package com.kimberlite.migration.boot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.ChecksumMismatchException;
import com.kimberlite.migration.MigrationFile;
import com.kimberlite.migration.boot.it.web.WebTestApplication;
import com.kimberlite.migration.boot.testsupport.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A migration edited after it was applied stops the next start, with a failure analysis. */
@ExtendWith(OutputCaptureExtension.class)
class TamperedMigrationStartupTests {

    @TempDir
    Path temp;

    @Test
    void failsTheStartWithTheAnalysisAndWritesNothing(CapturedOutput output) throws IOException {
        TestProject project = TestProject.create(this.temp, 3);
        String database = StartedApplication.h2(this.temp.resolve("db"));
        StartedApplication.start(WebTestApplication.class, project, database).close();
        String applied = MigrationFile.load(project.migrations().resolve(TestProject.MIGRATIONS.get(1))).checksum();
        Map<Path, byte[]> state = contents(project.state());
        assertThat(state).containsKeys(project.state().resolve(".lock"), project.state().resolve("applied.toml"));

        project.tamper(TestProject.MIGRATIONS.get(1));
        String tampered = MigrationFile.load(project.migrations().resolve(TestProject.MIGRATIONS.get(1))).checksum();
        List<Throwable> failure = new ArrayList<>();
        StartedApplication application = StartedApplication.tryStart(WebTestApplication.class, project, database,
                failure);

        assertThat(failure).singleElement().isInstanceOf(ChecksumMismatchException.class);
        assertThat(application.events()).contains("closed").doesNotContain("ReadinessState.ACCEPTING_TRAFFIC");
        assertThat(output).contains("APPLICATION FAILED TO START")
            .contains("Kimberlite migration 2 (create_posts) was changed after its checksum was recorded")
            .contains("File:     " + project.migrations().resolve(TestProject.MIGRATIONS.get(1)))
            .contains("Expected: " + applied)
            .contains("Actual:   " + tampered)
            .contains("Restore 0002_create_posts.sql from version control");
        assertThat(contents(project.state())).containsOnlyKeys(state.keySet())
            .allSatisfy((file, bytes) -> assertThat(bytes).isEqualTo(state.get(file)));
    }

    /** The state files: lock file and records; not .apply-lock, which names the process holding the apply lock. */
    private static Map<Path, byte[]> contents(Path folder) throws IOException {
        Map<Path, byte[]> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile)
                .filter((file) -> !file.getFileName().toString().equals(".apply-lock"))
                .toList()) {
                contents.put(file, Files.readAllBytes(file));
            }
        }
        return contents;
    }

}
