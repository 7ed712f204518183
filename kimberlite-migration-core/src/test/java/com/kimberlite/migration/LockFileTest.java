package com.kimberlite.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockFileTest {

    @TempDir
    Path dir;

    private static MigrationFile file(long id, String name, String checksum) {
        return new MigrationFile(Path.of("migrations", "%04d_%s.sql".formatted(id, name)),
                new Migration(id, name, "SELECT " + id + ";", Instant.EPOCH, Optional.empty()), checksum, true);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void emptyLockHasVersionOneAndNoEntries() {
        LockFile lock = LockFile.empty();

        assertThat(lock.version()).isEqualTo(1);
        assertThat(lock.entries()).isEmpty();
        assertThat(lock.isLocked(1)).isFalse();
    }

    @Test
    void missingLockFileIsAnEmptyLock() {
        assertThat(LockFile.load(dir.resolve("none/.lock")).entries()).isEmpty();
    }

    @Test
    void lockReplacesTheEntryOfTheSameIdAndKeepsEntriesSortedById() {
        LockFile lock = LockFile.empty();

        lock.lock(file(3, "c", "c3"));
        lock.lock(file(1, "a", "a1"));
        lock.lock(file(3, "c_renamed", "c3b"));

        assertThat(lock.entries()).containsExactly(new LockEntry(1, "a", "a1"), new LockEntry(3, "c_renamed", "c3b"));
        assertThat(lock.entry(3)).contains(new LockEntry(3, "c_renamed", "c3b"));
        assertThat(lock.entry(2)).isEmpty();
    }

    @Test
    void entriesAreAnUnmodifiableCopy() {
        LockFile lock = LockFile.empty();
        lock.lock(file(1, "a", "a1"));
        List<LockEntry> entries = lock.entries();

        lock.lock(file(2, "b", "b2"));

        assertThat(entries).hasSize(1);
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(entries::clear);
    }

    @Test
    void validatePassesForMatchingAndUnlockedFiles() {
        LockFile lock = LockFile.empty();
        lock.lock(file(1, "a", "a1"));

        lock.validate(List.of(file(1, "a", "a1"), file(2, "b", "b2")));
    }

    @Test
    void validateReportsTheFirstMismatchAsRecordedInTheLockFileAndTheOthersAsSuppressed() {
        Path path = dir.resolve(".lock");
        LockFile.empty().save(path);
        LockFile lock = LockFile.load(path);
        lock.lock(file(1, "a", "a1"));
        lock.lock(file(2, "b", "b2"));

        assertThatExceptionOfType(ChecksumMismatchException.class)
                .isThrownBy(() -> lock.validate(List.of(file(2, "b", "xx"), file(1, "a", "yy"))))
                .withMessageStartingWith("Checksum mismatch for migration 2: expected b2, found xx. File "
                        + Path.of("migrations/0002_b.sql") + " (b) was changed after its checksum was recorded in "
                        + path + ". ")
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement()
                        .isInstanceOfSatisfying(ChecksumMismatchException.class, s -> assertThat(s.id()).isEqualTo(1)));
    }

    @Test
    void validateOfALockNotTiedToAFileNamesTheLockFile() {
        LockFile lock = LockFile.empty();
        lock.lock(file(1, "a", "a1"));

        assertThatExceptionOfType(ChecksumMismatchException.class)
                .isThrownBy(() -> lock.validate(List.of(file(1, "a", "zz"))))
                .satisfies(e -> assertThat(e.recordedIn()).isEqualTo("the lock file"));
    }

    @Test
    void updateLocksOnlyFilesNotLockedYet() {
        LockFile lock = LockFile.empty();
        lock.lock(file(1, "a", "a1"));

        assertThat(lock.update(List.of(file(1, "renamed", "a1"), file(2, "b", "b2")))).isTrue();

        assertThat(lock.entries()).containsExactly(new LockEntry(1, "a", "a1"), new LockEntry(2, "b", "b2"));
        assertThat(lock.update(List.of(file(1, "a", "a1"), file(2, "b", "b2")))).isFalse();
        assertThat(lock.update(List.of())).isFalse();
        assertThat(lock.entries()).containsExactly(new LockEntry(1, "a", "a1"), new LockEntry(2, "b", "b2"));
    }

    @Test
    void updateWithAMismatchChangesNothing() {
        LockFile lock = LockFile.empty();
        lock.lock(file(1, "a", "a1"));

        assertThatExceptionOfType(ChecksumMismatchException.class)
                .isThrownBy(() -> lock.update(List.of(file(2, "b", "b2"), file(1, "a", "changed"))));
        assertThat(lock.entries()).containsExactly(new LockEntry(1, "a", "a1"));
    }

    @Test
    void saveCreatesFoldersAndLoadReadsTheSameEntries() throws IOException {
        Path path = dir.resolve(".kimberlite/migrations/.lock");
        LockFile lock = LockFile.empty();
        lock.lock(file(2, "b", "b2"));
        lock.lock(file(1, "a", "a1"));

        lock.save(path);

        assertThat(LockFile.load(path).entries()).isEqualTo(lock.entries());
        assertThat(Files.readString(path)).startsWith("version = 1\n\n[[migration]]\nid = 1\n");
    }

    @Test
    void readsALockFromAStreamAndNamesItsSourceInMessages() {
        LockFile lock = LockFile.read(stream("version = 1\n[[migration]]\nid = 1\nname = \"a\"\nchecksum = \"a1\"\n"),
                "classpath:db/.lock");

        assertThat(lock.entries()).containsExactly(new LockEntry(1, "a", "a1"));
        assertThatExceptionOfType(ChecksumMismatchException.class)
                .isThrownBy(() -> lock.validate(List.of(file(1, "a", "zz"))))
                .satisfies(e -> assertThat(e.recordedIn()).isEqualTo("classpath:db/.lock"));
        assertThatExceptionOfType(LockFileException.class)
                .isThrownBy(() -> LockFile.read(stream("version = \"1\"\n"), "classpath:db/.lock"))
                .withMessageStartingWith("Lock file error: classpath:db/.lock: line 1: `version` must be an integer")
                .satisfies(e -> assertThat(e.file()).isNull());
    }

    @Test
    void aLockFileWithEntriesOutOfOrderIsReadSortedAndNewEntriesGoInTheirPlace() throws IOException {
        Path file = dir.resolve(".lock");
        Files.writeString(file, "version = 1\n\n[[migration]]\nid = 4\nname = \"d\"\nchecksum = \"d4\"\n\n"
                + "[[migration]]\nid = 1\nname = \"a\"\nchecksum = \"a1\"\n");
        LockFile lock = LockFile.load(file);

        assertThat(lock.entries()).containsExactly(new LockEntry(1, "a", "a1"), new LockEntry(4, "d", "d4"));

        boolean added = lock.update(List.of(file(1, "a", "a1"), file(2, "b", "b2"), file(5, "e", "e5")));
        lock.lock(file(3, "c", "c3"));

        assertThat(added).isTrue();
        assertThat(lock.entries()).extracting(LockEntry::id).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(lock.isLocked(3)).isTrue();
        assertThat(lock.isLocked(6)).isFalse();
        assertThat(lock.entry(4)).contains(new LockEntry(4, "d", "d4"));
    }
}
