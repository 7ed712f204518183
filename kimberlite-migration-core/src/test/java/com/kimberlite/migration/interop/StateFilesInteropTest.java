package com.kimberlite.migration.interop;

import static com.kimberlite.migration.interop.InteropVectors.appliedFile;
import static com.kimberlite.migration.interop.InteropVectors.appliedRecord;
import static com.kimberlite.migration.interop.InteropVectors.appliedRecords;
import static com.kimberlite.migration.interop.InteropVectors.expected;
import static com.kimberlite.migration.interop.InteropVectors.isPlain;
import static com.kimberlite.migration.interop.InteropVectors.lockEntries;
import static com.kimberlite.migration.interop.InteropVectors.lockFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.ChecksumMismatchException;
import com.kimberlite.migration.LockEntry;
import com.kimberlite.migration.LockFile;
import com.kimberlite.migration.MigrationFile;
import com.kimberlite.migration.internal.tracker.FileTracker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The state files of every interop project: what the Rust tool wrote is read as it reported, and
 * what this library writes for the same content is byte-identical (for values the Rust tool
 * writes as plain basic strings) or reads back equal (for the others).
 */
class StateFilesInteropTest {

    @TempDir
    Path dir;

    static List<Path> projects() {
        return InteropVectors.projects();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void readsTheLockFileAsTheRustToolDoes(Path project) {
        JsonNode readLock = expected(project).get("read-lock");

        LockFile lock = LockFile.load(lockFile(project));

        assertThat(lock.version()).isEqualTo(readLock.get("version").asInt());
        assertThat(lock.entries()).isEqualTo(lockEntries(readLock.get("migrations")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void readsTheAppliedRecordsAsTheRustToolDoes(Path project) {
        List<AppliedMigration> expected = appliedRecords(expected(project).get("applied").get("applied"));

        assertThat(new FileTracker(appliedFile(project)).listApplied()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void writesTheLockFileAsTheRustToolDoes(Path project) throws IOException {
        assumeTrue(Files.exists(lockFile(project)), "the scenario writes no lock file");
        LockFile lock = LockFile.empty();
        LockFile.load(lockFile(project)).entries().stream().map(InteropVectors::migrationFile).forEach(lock::lock);
        Path written = dir.resolve(".lock");

        lock.save(written);

        assertSameState(written, lockFile(project), lock.entries().stream().map(LockEntry::name).toList());
        assertThat(LockFile.load(written).entries()).isEqualTo(lock.entries());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void writesTheAppliedFileAsTheRustToolDoes(Path project) throws IOException {
        assumeTrue(Files.exists(appliedFile(project)), "the scenario writes no applied.toml");
        List<AppliedMigration> records = new FileTracker(appliedFile(project)).listApplied();
        Path written = dir.resolve("applied.toml");
        FileTracker tracker = new FileTracker(written);

        records.forEach(tracker::recordApplied);
        if (records.isEmpty()) {
            AppliedMigration removed = new AppliedMigration(1, "gone", "00", Instant.EPOCH, Optional.empty(),
                    OptionalLong.empty());
            tracker.recordApplied(removed);
            tracker.removeApplied(removed.id());
        }

        assertSameState(written, appliedFile(project), records.stream().map(AppliedMigration::name).toList());
        assertThat(new FileTracker(written).listApplied()).isEqualTo(records);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void replayingTheStepsWritesWhatTheRustToolWroteAfterEachStep(Path project) throws IOException {
        JsonNode expected = expected(project);
        Path lock = dir.resolve(".kimberlite/migrations/.lock");
        FileTracker tracker = new FileTracker(dir.resolve(".kimberlite/migrations/applied.toml"));

        for (JsonNode step : expected.get("steps")) {
            String[] command = step.get("command").asString().split(" ");
            JsonNode output = step.get("output");
            switch (command[0]) {
                case "lock" -> replayLock(lock, output, expected);
                case "record" -> replayRecord(tracker, output);
                case "rollback-record" -> replayRollback(tracker, Long.parseLong(command[2]), output);
                default -> throw new AssertionError("unknown step " + step);
            }
        }

        assertThat(Files.exists(lock)).isEqualTo(Files.exists(lockFile(project)));
        assertThat(tracker.listApplied()).isEqualTo(new FileTracker(appliedFile(project)).listApplied());
    }

    private void replayLock(Path lockPath, JsonNode output, JsonNode expected) throws IOException {
        LockFile lock = LockFile.load(lockPath);
        if (!output.get("ok").asBoolean()) {
            byte[] before = Files.readAllBytes(lockPath);
            List<MigrationFile> files = lockEntries(expected.get("status").get("files")).stream()
                    .map(InteropVectors::migrationFile).toList();
            assertThatExceptionOfType(ChecksumMismatchException.class).isThrownBy(() -> lock.update(files))
                    .withMessageStartingWith(output.get("error").asString());
            assertThat(Files.readAllBytes(lockPath)).isEqualTo(before);
            return;
        }
        List<LockEntry> entries = lockEntries(output.get("migrations"));
        lock.update(entries.stream().map(InteropVectors::migrationFile).toList());
        lock.save(lockPath);
        assertThat(lock.entries()).isEqualTo(entries);
        assertSameContent(lockPath, output.get("content").asString(), entries.stream().map(LockEntry::name).toList());
    }

    private void replayRecord(FileTracker tracker, JsonNode output) throws IOException {
        tracker.recordApplied(appliedRecord(output));
        assertSameContent(Path.of(tracker.describe()), output.get("state_content").asString(),
                tracker.listApplied().stream().map(AppliedMigration::name).toList());
    }

    private void replayRollback(FileTracker tracker, long id, JsonNode output) throws IOException {
        tracker.removeApplied(id);
        assertSameContent(Path.of(tracker.describe()), output.get("state_content").asString(),
                tracker.listApplied().stream().map(AppliedMigration::name).toList());
    }

    private void assertSameState(Path written, Path rustFile, List<String> names) throws IOException {
        assertSameContent(written, Files.readString(rustFile, StandardCharsets.UTF_8), names);
    }

    /**
     * Byte-identical when every name is a plain string; otherwise identical but for the lines of
     * the names that are not (whose values the callers check to read back equal).
     */
    private static void assertSameContent(Path written, String rustContent, List<String> names) throws IOException {
        String ours = Files.readString(written, StandardCharsets.UTF_8);
        if (names.stream().allMatch(InteropVectors::isPlain)) {
            assertThat(ours).isEqualTo(rustContent);
            return;
        }
        List<String> ourLines = ours.lines().toList();
        List<String> rustLines = rustContent.lines().toList();
        assertThat(ourLines).hasSameSizeAs(rustLines);
        for (int i = 0; i < ourLines.size(); i++) {
            if (!ourLines.get(i).equals(rustLines.get(i))) {
                assertThat(List.of(ourLines.get(i), rustLines.get(i))).allMatch(line -> line.startsWith("name = "));
            }
        }
    }
}
