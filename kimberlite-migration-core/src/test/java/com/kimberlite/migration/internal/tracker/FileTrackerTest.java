package com.kimberlite.migration.internal.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.kimberlite.migration.AlreadyAppliedException;
import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.MigrationTracker;
import com.kimberlite.migration.internal.state.AppliedFileCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTrackerTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(".kimberlite/migrations/applied.toml");
    }

    private static AppliedMigration record(long id) {
        return new AppliedMigration(id, "migration_" + id, "%064x".formatted(id),
                Instant.parse("2026-02-01T10:30:00.123456789Z").plusSeconds(id), Optional.of("ci"),
                OptionalLong.of(id));
    }

    private static List<AppliedMigration> records(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(FileTrackerTest::record).toList();
    }

    @Test
    void keepsRecordsInTheOrderTheyWereRecorded() {
        FileTracker tracker = new FileTracker(file());

        List.of(record(3), record(1), record(2)).forEach(tracker::recordApplied);

        assertThat(tracker.listApplied()).containsExactly(record(3), record(1), record(2));
        assertThat(new FileTracker(file()).listApplied()).containsExactly(record(3), record(1), record(2));
    }

    @Test
    void rejectsASecondRecordOfTheSameIdAndLeavesTheFileUnchanged() throws IOException {
        FileTracker tracker = new FileTracker(file());
        tracker.recordApplied(record(1));
        byte[] before = Files.readAllBytes(file());

        assertThatExceptionOfType(AlreadyAppliedException.class).isThrownBy(() -> tracker.recordApplied(record(1)))
                .withMessage("Migration 1 has already been applied (recorded in " + file()
                        + "). Nothing was changed; to apply it again, roll it back first.");
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
    }

    @Test
    void refusesARecordWhoseTimeTheFileCannotHoldAndLeavesTheFileUnchanged() throws IOException {
        FileTracker tracker = new FileTracker(file());
        tracker.recordApplied(record(1));
        byte[] before = Files.readAllBytes(file());
        AppliedMigration farOff = new AppliedMigration(2, "migration_2", "%064x".formatted(2),
                Instant.parse("+10000-01-01T00:00:00Z"), Optional.empty(), OptionalLong.empty());

        assertThatIllegalArgumentException().isThrownBy(() -> tracker.recordApplied(farOff))
                .withMessageContaining("lies outside the years 0000 to 9999");
        assertThatIllegalArgumentException().isThrownBy(() -> tracker.markStarted(farOff));
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertThat(new FileTracker(file()).listRecords())
                .isEqualTo(new MigrationTracker.Records(List.of(record(1)), List.of()));
    }

    @Test
    void removingAnUnknownIdChangesNothing() throws IOException {
        FileTracker tracker = new FileTracker(file());

        assertThat(tracker.removeApplied(5)).isFalse();
        assertThat(file()).doesNotExist();

        tracker.recordApplied(record(1));
        byte[] before = Files.readAllBytes(file());
        assertThat(tracker.removeApplied(5)).isFalse();
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
    }

    @Test
    void removingTheLastRecordWritesTheEmptyForm() throws IOException {
        FileTracker tracker = new FileTracker(file());
        tracker.recordApplied(record(1));

        assertThat(tracker.removeApplied(1)).isTrue();

        assertThat(Files.readString(file())).isEqualTo("migrations = []\n");
        assertThat(tracker.listApplied()).isEmpty();
    }

    @Test
    void recordingAfterTheEmptyFormRewritesTheFile() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "migrations = []\n");

        new FileTracker(file()).recordApplied(record(1));

        assertThat(Files.readAllBytes(file())).isEqualTo(AppliedFileCodec.write(List.of(record(1))));
    }

    @Test
    void recordingAfterAnInlineArrayRewritesTheFileWithEveryRecord() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "migrations = [{ id = 1, name = \"migration_1\", checksum = \"%064x\","
                .formatted(1) + " applied_at = 2026-02-01T10:30:01.123456789Z, applied_by = \"ci\","
                + " execution_ms = 1 }]\n");

        new FileTracker(file()).recordApplied(record(2));

        assertThat(Files.readAllBytes(file())).isEqualTo(AppliedFileCodec.write(records(1, 2)));
    }

    @Test
    void appendingKeepsCommentsAndUnknownKeysAndAFileWithoutFinalLineBreak() throws IOException {
        Files.createDirectories(file().getParent());
        String written = new String(AppliedFileCodec.write(List.of(record(1))), StandardCharsets.UTF_8);
        String edited = "# applied here\n" + written + "host = \"db1\" # edited by hand";
        Files.writeString(file(), edited);

        new FileTracker(file()).recordApplied(record(2));

        assertThat(Files.readString(file())).startsWith(edited + "\n\n[[migrations]]\nid = 2\n");
        assertThat(new FileTracker(file()).listApplied()).isEqualTo(records(1, 2));
    }

    @Test
    void seesRecordsWrittenByAnotherToolSinceItLastReadTheFile() throws IOException {
        FileTracker tracker = new FileTracker(file());
        tracker.recordApplied(record(1));

        Files.write(file(), AppliedFileCodec.write(records(1, 3)));

        assertThat(tracker.listApplied()).isEqualTo(records(1, 3));
        assertThatExceptionOfType(AlreadyAppliedException.class).isThrownBy(() -> tracker.recordApplied(record(3)));
        tracker.recordApplied(record(4));
        assertThat(new FileTracker(file()).listApplied()).isEqualTo(records(1, 4));
    }

    @Test
    void describesItselfByTheFilePath() {
        assertThat(new FileTracker(file()).describe()).isEqualTo(file().toString());
    }

    private Path startedFile() {
        return file().resolveSibling(FileTracker.STARTED_FILE);
    }

    @Test
    void marksAreAppendedOneTableEachAndReadBackByAnotherTracker() throws IOException {
        FileTracker tracker = new FileTracker(file());

        tracker.markStarted(record(1));
        byte[] afterFirst = Files.readAllBytes(startedFile());
        tracker.markStarted(record(2));

        byte[] afterSecond = Files.readAllBytes(startedFile());
        assertThat(Arrays.copyOf(afterSecond, afterFirst.length)).isEqualTo(afterFirst);
        assertThat(afterSecond).isEqualTo(AppliedFileCodec.write(List.of(record(1), record(2))));
        assertThat(new FileTracker(file()).listStarted()).containsExactly(record(1), record(2));
    }

    @Test
    void markingTheSameMigrationAgainReplacesItsMark() {
        FileTracker tracker = new FileTracker(file());
        tracker.markStarted(record(1));
        tracker.markStarted(record(2));
        AppliedMigration again = new AppliedMigration(1, "migration_1", "%064x".formatted(1),
                Instant.parse("2026-03-01T00:00:00Z"), Optional.empty(), OptionalLong.empty());

        tracker.markStarted(again);

        assertThat(new FileTracker(file()).listStarted()).containsExactly(record(2), again);
    }

    @Test
    void aRecordedMigrationsMarkIsSupersededAndGoneWhenTheLockIsReleased() {
        FileTracker tracker = new FileTracker(file());
        try (var lock = tracker.acquireLock(Duration.ofSeconds(5))) {
            tracker.markStarted(record(1));
            tracker.recordApplied(record(1));
            tracker.clearStarted(1);

            assertThat(tracker.listStarted()).isEmpty();
            assertThat(new FileTracker(file()).listStarted()).isEmpty();
        }

        assertThat(startedFile()).doesNotExist();
        assertThat(new FileTracker(file()).listApplied()).containsExactly(record(1));
    }

    @Test
    void aSupersededMarkLeftByACrashIsNotListedAndDoesNotReturnWhenItsRecordIsRemoved() throws IOException {
        FileTracker tracker = new FileTracker(file());
        tracker.recordApplied(record(1));
        tracker.recordApplied(record(2));
        // as a crash right after recording leaves it: the marks of migrations that have their record
        Files.write(startedFile(), AppliedFileCodec.write(List.of(record(1), record(2))));

        assertThat(tracker.listStarted()).isEmpty();
        assertThat(tracker.removeApplied(2)).isTrue();

        assertThat(new FileTracker(file()).listStarted()).isEmpty();
        assertThat(new FileTracker(file()).listApplied()).containsExactly(record(1));
        assertThat(startedFile()).hasBinaryContent(AppliedFileCodec.write(List.of(record(1))));
    }

    @Test
    void clearingAMarkWithoutARecordRemovesItAndTheSupersededOnesAtOnce() {
        FileTracker tracker = new FileTracker(file());
        tracker.markStarted(record(1));
        tracker.recordApplied(record(1));
        tracker.markStarted(record(2));
        tracker.markStarted(record(3));

        tracker.clearStarted(2);

        assertThat(new FileTracker(file()).listStarted()).containsExactly(record(3));
        assertThat(startedFile()).hasBinaryContent(AppliedFileCodec.write(List.of(record(3))));
        tracker.clearStarted(3);
        assertThat(startedFile()).doesNotExist();
    }

    @Test
    void releasingTheLockKeepsAMarkWithoutARecord() {
        FileTracker tracker = new FileTracker(file());
        try (var lock = tracker.acquireLock(Duration.ofSeconds(5))) {
            tracker.markStarted(record(1));
            tracker.recordApplied(record(1));
            tracker.markStarted(record(2));
        }

        assertThat(new FileTracker(file()).listStarted()).containsExactly(record(2));
    }

    @Test
    void recordingCostsAboutTheSameWithTenThousandRecordsAsWithTen() throws IOException {
        Path small = Files.write(Files.createDirectories(dir.resolve("small")).resolve("applied.toml"),
                AppliedFileCodec.write(records(1, 10)));
        Path large = Files.write(Files.createDirectories(dir.resolve("large")).resolve("applied.toml"),
                AppliedFileCodec.write(records(1, 10_000)));
        FileTracker smallTracker = new FileTracker(small);
        FileTracker largeTracker = new FileTracker(large);
        smallTracker.listApplied();
        largeTracker.listApplied();

        long smallNanos = medianRecordNanos(smallTracker, 100);
        long largeNanos = medianRecordNanos(largeTracker, 20_000);

        assertThat(largeNanos).as("median ns per record: 10 records %d, 10,000 records %d", smallNanos, largeNanos)
                .isLessThan(10 * Math.max(smallNanos, 50_000));
        assertThat(new FileTracker(large).listApplied()).hasSize(10_000 + 21)
                .endsWith(records(20_000, 20_020).toArray(AppliedMigration[]::new));
    }

    /** Records 21 migrations from {@code firstId} on, one at a time; the median time of one. */
    private static long medianRecordNanos(FileTracker tracker, long firstId) {
        long[] nanos = new long[21];
        for (int i = 0; i < nanos.length; i++) {
            AppliedMigration next = record(firstId + i);
            long start = System.nanoTime();
            tracker.recordApplied(next);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[nanos.length / 2];
    }

    @Test
    void listsTheRecordsAndOnlyTheMarksWithoutARecordFromOneLookAtBothFiles() throws IOException {
        FileTracker tracker = new FileTracker(file());
        tracker.recordApplied(record(2));
        tracker.recordApplied(record(1));
        Files.write(startedFile(), AppliedFileCodec.write(List.of(record(1), record(3))));

        MigrationTracker.Records records = tracker.listRecords();

        assertThat(records.applied()).containsExactly(record(2), record(1));
        assertThat(records.started()).containsExactly(record(3));
        assertThat(new FileTracker(file()).listRecords()).isEqualTo(records);
        assertThat(tracker.listStarted()).isEqualTo(records.started());
        // the interface's default: the same records, and the ids of the marks
        assertThat(tracker.listChecksums())
                .isEqualTo(new MigrationTracker.Checksums(List.of(record(2), record(1)), Set.of(3L)));
    }
}
