package com.kimberlite.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation problems: each reported with the file and the fix, and nothing on disk changed. */
class ValidationTest {

    @TempDir
    Path dir;

    private MigrationManager manager() {
        return new MigrationManager(MigrationConfig.builder()
                .migrationsDir(dir.resolve("migrations"))
                .stateDir(dir.resolve(".kimberlite/migrations"))
                .appliedBy("tester")
                .build());
    }

    private void write(String name, String sql) throws IOException {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations").resolve(name), sql);
    }

    private Map<Path, String> snapshotOfDisk() throws IOException {
        Map<Path, String> files = new HashMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(path, Files.readString(path));
            }
        }
        return files;
    }

    @Test
    void gapInTheIdsNamesTheFileAfterTheGapAndChangesNothing() throws IOException {
        write("0001_a.sql", "SELECT 1;");
        write("0003_c.sql", "SELECT 3;");
        Map<Path, String> before = snapshotOfDisk();

        assertThatThrownBy(manager()::validate)
                .isInstanceOf(InvalidSequenceException.class)
                .hasMessageStartingWith("Invalid migration sequence: expected 2, found 3")
                .hasMessageContaining("0003_c.sql")
                .hasMessageContaining("restore the missing migration 2");
        assertThat(snapshotOfDisk()).isEqualTo(before);
    }

    @Test
    void editedAppliedMigrationIsModifiedAndNamesBothChecksumsAndTheFix() throws IOException {
        write("0001_a.sql", "SELECT 1;");
        MigrationManager manager = manager();
        manager.lock();
        manager.recordApplied(manager.listFiles().get(0));
        String applied = manager.listFiles().get(0).checksum();
        write("0001_a.sql", "SELECT 2;");
        String edited = manager.listFiles().get(0).checksum();
        Map<Path, String> before = snapshotOfDisk();

        assertThatThrownBy(manager::validate)
                .isInstanceOf(ChecksumMismatchException.class)
                .hasMessageStartingWith("Checksum mismatch for migration 1: expected " + applied + ", found " + edited)
                .hasMessageContaining("0001_a.sql")
                .hasMessageContaining("Restore the file from version control");
        assertThat(manager.status().find(1).orElseThrow().state()).isEqualTo(MigrationState.MODIFIED);
        assertThat(snapshotOfDisk()).isEqualTo(before);
    }

    @Test
    void deletedAppliedMigrationIsMissingAndEveryProblemIsReported() throws IOException {
        write("0001_a.sql", "SELECT 1;");
        write("0002_b.sql", "SELECT 2;");
        MigrationManager manager = manager();
        manager.lock();
        manager.listFiles().forEach(manager::recordApplied);
        Files.delete(dir.resolve("migrations/0002_b.sql"));
        write("0001_a.sql", "SELECT 10;");

        Throwable thrown = catchThrowable(manager::validate);

        assertThat(thrown).isInstanceOf(ChecksumMismatchException.class);
        assertThat(thrown.getSuppressed()).hasSize(1);
        assertThat(thrown.getSuppressed()[0]).isInstanceOf(MissingMigrationException.class)
                .hasMessageStartingWith("Migration 2 (b) is recorded in")
                .hasMessageContaining("Restore the file from version control");
        assertThat(manager.status().find(2).orElseThrow().state()).isEqualTo(MigrationState.MISSING);
    }

    @Test
    void recordingTheSameMigrationTwiceIsRefused() throws IOException {
        write("0001_a.sql", "SELECT 1;");
        MigrationManager manager = manager();
        manager.recordApplied(manager.listFiles().get(0));
        Map<Path, String> before = snapshotOfDisk();

        assertThatThrownBy(() -> manager.recordApplied(manager.listFiles().get(0)))
                .isInstanceOf(AlreadyAppliedException.class)
                .hasMessageStartingWith("Migration 1 has already been applied");
        assertThat(snapshotOfDisk()).isEqualTo(before);
    }
}
