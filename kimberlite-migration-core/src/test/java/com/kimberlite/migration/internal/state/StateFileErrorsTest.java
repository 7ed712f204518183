package com.kimberlite.migration.internal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.LockFile;
import com.kimberlite.migration.LockFileException;
import com.kimberlite.migration.StateFileException;
import com.kimberlite.migration.internal.tracker.FileTracker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue of state files that cannot be read or written: each failure names the file, the
 * line and the reason, and leaves every file on disk byte for byte as it was.
 */
class StateFileErrorsTest {

    private static final String LOCK_ADVICE = ". Fix the file by hand or restore it from version control; it was not"
            + " changed.";
    private static final String APPLIED_ADVICE = ". Fix the file by hand or restore it from a backup; it was not"
            + " changed.";
    private static final AppliedMigration RECORD = new AppliedMigration(9, "nine", "99",
            Instant.parse("2026-02-01T10:30:00Z"), Optional.empty(), OptionalLong.empty());

    @TempDir
    Path dir;

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Loading, and saving over the file, fail with the message; the file is left as it was. */
    private static void assertLockRejected(Path lock, String message) throws IOException {
        byte[] before = Files.readAllBytes(lock);
        assertFails(LockFileException.class, () -> LockFile.load(lock), message);
        assertFails(LockFileException.class, () -> LockFile.empty().save(lock), message);
        assertThat(Files.readAllBytes(lock)).isEqualTo(before);
    }

    /** Listing, recording and removing fail with the message; the file is left as it was. */
    private static void assertAppliedRejected(Path applied, String message) throws IOException {
        byte[] before = Files.readAllBytes(applied);
        FileTracker tracker = new FileTracker(applied);
        assertFails(StateFileException.class, tracker::listApplied, message);
        assertFails(StateFileException.class, () -> tracker.recordApplied(RECORD), message);
        assertFails(StateFileException.class, () -> tracker.removeApplied(1), message);
        assertThat(Files.readAllBytes(applied)).isEqualTo(before);
    }

    private static void assertFails(Class<? extends StateFileException> type, ThrowingCallable call, String message) {
        assertThatExceptionOfType(type).isThrownBy(call).withMessage(message)
                .matches(e -> type == LockFileException.class || !(e instanceof LockFileException));
    }

    @Test
    void lockFileThatIsNotTomlIsReportedWithItsLine() throws IOException {
        Path lock = file(".lock", "version = 1\n\n[[migration]]\nid = 1\nthis is not toml\n");

        assertLockRejected(lock, "Lock file error: " + lock + ": line 5: not valid TOML: Unexpected 'is', expected"
                + " . or = (column 6)" + LOCK_ADVICE);
    }

    @Test
    void appliedFileThatIsNotTomlIsReportedWithItsLine() throws IOException {
        Path applied = file("applied.toml", "[[migrations]]\nid = 1\nname = \"unterminated\n");

        assertAppliedRejected(applied, "Failed to read or write state file " + applied + ": line 3: not valid TOML:"
                + " Unexpected end of line, expected \" or a character (column 21)" + APPLIED_ADVICE);
    }

    @Test
    void lockIdThatIsAStringIsReportedWithItsLine() throws IOException {
        Path lock = file(".lock", "version = 1\n\n[[migration]]\nid = \"x\"\nname = \"a\"\nchecksum = \"c\"\n");

        assertLockRejected(lock, "Lock file error: " + lock + ": line 4: `id` must be an integer from 0 to"
                + " 4294967295, found the string \"x\"" + LOCK_ADVICE);
    }

    @Test
    void appliedIdThatIsAStringIsReportedWithItsLine() throws IOException {
        Path applied = file("applied.toml", "[[migrations]]\nid = \"x\"\nname = \"a\"\nchecksum = \"c\"\n"
                + "applied_at = \"2026-02-01T10:30:00Z\"\n");

        assertAppliedRejected(applied, "Failed to read or write state file " + applied + ": line 2: `id` must be an"
                + " integer from 0 to 4294967295, found the string \"x\"" + APPLIED_ADVICE);
    }

    @Test
    void lockEntryWithoutChecksumIsReportedAtItsHeader() throws IOException {
        Path lock = file(".lock", "version = 1\n\n[[migration]]\nid = 1\nname = \"a\"\n");

        assertLockRejected(lock, "Lock file error: " + lock + ": line 3: the [[migration]] table has no `checksum`"
                + " (a string)" + LOCK_ADVICE);
    }

    @Test
    void negativeLockIdIsReported() throws IOException {
        Path lock = file(".lock", "version = 1\n[[migration]]\nid = -1\nname = \"a\"\nchecksum = \"c\"\n");

        assertLockRejected(lock, "Lock file error: " + lock + ": line 3: `id` must be an integer from 0 to"
                + " 4294967295, found -1" + LOCK_ADVICE);
    }

    @Test
    void appliedIdAboveU32IsReported() throws IOException {
        Path applied = file("applied.toml", "[[migrations]]\nid = 4294967296\nname = \"a\"\nchecksum = \"c\"\n"
                + "applied_at = \"2026-02-01T10:30:00Z\"\n");

        assertAppliedRejected(applied, "Failed to read or write state file " + applied + ": line 2: `id` must be an"
                + " integer from 0 to 4294967295, found 4294967296" + APPLIED_ADVICE);
    }

    @Test
    void lockVersionOtherThanOneIsReported() throws IOException {
        Path lock = file(".lock", "version = 2\nmigration = []\n");

        assertLockRejected(lock, "Lock file error: " + lock + ": line 1: `version` is 2, but only version 1 exists;"
                + " was the file written by a newer tool?" + LOCK_ADVICE);
    }

    @Test
    void lockWithoutVersionIsReported() throws IOException {
        Path lock = file(".lock", "migration = []\n");

        assertLockRejected(lock, "Lock file error: " + lock + ": the file has no `version` (an integer from 0 to"
                + " 4294967295)" + LOCK_ADVICE);
    }

    @Test
    void lockThatIsNotUtf8IsReportedWithItsLine() throws IOException {
        Path lock = file(".lock", new byte[] {'v', 'e', 'r', 's', 'i', 'o', 'n', ' ', '=', ' ', '1', '\n', '#', ' ',
            (byte) 0xC3, (byte) 0x28, '\n'});

        assertLockRejected(lock, "Lock file error: " + lock + ": line 2: not valid UTF-8 (byte 0xC3 at offset 14);"
                + " save the file as UTF-8" + LOCK_ADVICE);
    }

    @Test
    void appliedFileThatIsNotUtf8IsReportedWithItsLine() throws IOException {
        Path applied = file("applied.toml", new byte[] {'#', '\n', '#', '\n', '#', (byte) 0xFF, '\n'});

        assertAppliedRejected(applied, "Failed to read or write state file " + applied + ": line 3: not valid UTF-8"
                + " (byte 0xFF at offset 5); save the file as UTF-8" + APPLIED_ADVICE);
    }

    @Test
    void appliedAtThatIsNoTimestampIsReported() throws IOException {
        Path applied = file("applied.toml", "[[migrations]]\nid = 1\nname = \"a\"\nchecksum = \"c\"\n"
                + "applied_at = \"yesterday\"\n");

        assertAppliedRejected(applied, "Failed to read or write state file " + applied + ": line 5: `applied_at`"
                + " must be an RFC 3339 timestamp such as \"2026-02-01T10:30:00Z\" (in the years 0000 to 9999), found"
                + " the string \"yesterday\""
                + APPLIED_ADVICE);
    }

    @Test
    void appliedAtWithoutOffsetIsReported() throws IOException {
        Path applied = file("applied.toml", "[[migrations]]\nid = 1\nname = \"a\"\nchecksum = \"c\"\n"
                + "applied_at = 2026-02-01T10:30:00\n");

        assertAppliedRejected(applied, "Failed to read or write state file " + applied + ": line 5: `applied_at`"
                + " must be an RFC 3339 timestamp such as \"2026-02-01T10:30:00Z\" (in the years 0000 to 9999), found"
                + " a date-time without offset"
                + APPLIED_ADVICE);
    }

    @Test
    void idThatAppearsTwiceIsReportedWithBothLines() throws IOException {
        String table = "[[migrations]]\nid = 1\nname = \"a\"\nchecksum = \"c\"\n"
                + "applied_at = \"2026-02-01T10:30:00Z\"\n";
        Path applied = file("applied.toml", table + "\n" + table);

        assertAppliedRejected(applied, "Failed to read or write state file " + applied + ": line 7: migration id 1"
                + " appears twice, in the tables at lines 1 and 7" + APPLIED_ADVICE);
    }

    @Test
    void recordsThatAreNotAnArrayOfTablesAreReported() throws IOException {
        Path applied = file("applied.toml", "[migrations]\nid = 1\n");

        assertAppliedRejected(applied, "Failed to read or write state file " + applied + ": line 1: `migrations`"
                + " must be an array of tables ([[migrations]]), found a table" + APPLIED_ADVICE);
    }

    @Test
    void deeplyNestedArraysAreReportedAsNotToml() throws IOException {
        Path lock = file(".lock", "version = 1\nx = " + "[".repeat(100_000));

        assertLockRejected(lock, "Lock file error: " + lock + ": not valid TOML: arrays or inline tables nested"
                + " too deeply" + LOCK_ADVICE);
    }

    @Test
    void stateFolderWhoseParentIsARegularFileIsReported() throws IOException {
        Path blocker = file("state", "not a folder\n");
        Path lock = blocker.resolve("migrations/.lock");
        FileTracker tracker = new FileTracker(blocker.resolve("migrations/applied.toml"));

        assertThat(LockFile.load(lock).entries()).isEmpty();
        assertThat(tracker.listApplied()).isEmpty();
        String reason = "cannot create the folder " + lock.getParent() + ": " + blocker + " is a file, not a folder."
                + " Move that out of the way or choose another state folder; nothing was written";
        assertFails(LockFileException.class, () -> LockFile.empty().save(lock),
                "Lock file error: " + lock + ": " + reason);
        assertFails(StateFileException.class, () -> tracker.recordApplied(RECORD),
                "Failed to read or write state file " + tracker.describe() + ": " + reason);
        assertThat(Files.readString(blocker)).isEqualTo("not a folder\n");
    }
}
