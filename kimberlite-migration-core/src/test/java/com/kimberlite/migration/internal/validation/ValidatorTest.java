package com.kimberlite.migration.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.ChecksumMismatchException;
import com.kimberlite.migration.InterruptedMigrationException;
import com.kimberlite.migration.InvalidSequenceException;
import com.kimberlite.migration.LockEntry;
import com.kimberlite.migration.LockFile;
import com.kimberlite.migration.Migration;
import com.kimberlite.migration.MigrationFile;
import com.kimberlite.migration.MigrationException;
import com.kimberlite.migration.MigrationInfo;
import com.kimberlite.migration.MigrationState;
import com.kimberlite.migration.MigrationStatus;
import com.kimberlite.migration.MissingMigrationException;
import com.kimberlite.migration.RecordedMigration;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    private static final String[] CHECKSUMS = {"aa", "bb"};

    /**
     * Random snapshots, with sources in any order and ids repeated within a source, get the states
     * of a plain model: each source indexed by id (the first of a repeated id counts), every id of
     * any source in ascending order.
     */
    @Test
    void statusOfRandomSnapshotsMatchesTheModel() {
        Random random = new Random(20261203);
        for (int n = 0; n < 2_000; n++) {
            Snapshot<AppliedMigration> snapshot = randomSnapshot(random);

            assertThat(Validator.status(snapshot).migrations()).as("snapshot %d", n).isEqualTo(model(snapshot));
        }
    }

    /**
     * On random snapshots, {@code checked} throws what {@code validated} throws (the same first
     * problem and the same suppressed ones), and otherwise gives the pending files and the highest
     * applied id of the status that {@code validated} returns.
     */
    @Test
    void checkedAgreesWithValidatedOnRandomSnapshots() {
        Random random = new Random(20261204);
        int valid = 0;
        for (int n = 0; n < 4_000; n++) {
            Snapshot<AppliedMigration> snapshot = nearlyValidSnapshot(random);
            MigrationStatus status;
            try {
                status = Validator.validated(snapshot);
            } catch (MigrationException expected) {
                for (Snapshot<?> checkedOne : List.of(snapshot, checksumsOnly(snapshot))) {
                    assertThatExceptionOfType(MigrationException.class).as("snapshot %d", n)
                            .isThrownBy(() -> Validator.checked(checkedOne))
                            .satisfies(actual -> assertSameProblem(actual, expected));
                }
                continue;
            }
            valid++;
            for (Snapshot<?> checkedOne : List.of(snapshot, checksumsOnly(snapshot))) {
                Validator.Checked checked = Validator.checked(checkedOne);
                assertThat(checked.pending()).as("snapshot %d", n).isEqualTo(status.inState(MigrationState.PENDING)
                        .stream().map(info -> info.file().orElseThrow()).toList());
                assertThat(checked.highestApplied()).as("snapshot %d", n).isEqualTo(status
                        .inState(MigrationState.APPLIED).stream().mapToLong(MigrationInfo::id).max().orElse(0));
            }
        }
        // the generator must reach both outcomes for the comparison to mean anything
        assertThat(valid).isBetween(400, 3_600);
    }

    /**
     * @return files 1 to k, the first of them applied and the first of them locked (at least as
     *     many as applied) with the files' checksums; then up to 2 random changes: a checksum
     *     changed in a file, a record or a lock entry, a file dropped, a record of an id without a
     *     file, an interrupted id, the records shuffled
     */
    private static Snapshot<AppliedMigration> nearlyValidSnapshot(Random random) {
        int count = random.nextInt(9);
        int recorded = count == 0 ? 0 : random.nextInt(count + 1);
        int locked = recorded + random.nextInt(count - recorded + 1);
        List<MigrationFile> files = new ArrayList<>();
        List<AppliedMigration> applied = new ArrayList<>();
        Map<Long, String> lockChecksums = new TreeMap<>();
        for (long id = 1; id <= count; id++) {
            String checksum = pick(random);
            files.add(file(id, checksum));
            if (id <= recorded) {
                applied.add(record(id, checksum));
            }
            if (id <= locked) {
                lockChecksums.put(id, checksum);
            }
        }
        Set<Long> interrupted = new HashSet<>();
        for (int change = random.nextInt(4) - 1; change > 0; change--) {
            long id = 1 + random.nextInt(count + 2);
            switch (random.nextInt(7)) {
                case 0 -> files.replaceAll(file -> file.id() == id ? file(id, "cc") : file);
                case 1 -> applied.replaceAll(record -> record.id() == id ? record(id, "cc") : record);
                case 2 -> lockChecksums.replace(id, "cc");
                case 3 -> files.removeIf(file -> file.id() == id);
                case 4 -> applied.add(record(count + 1 + random.nextInt(2), "aa"));
                case 5 -> interrupted.add(id);
                default -> Collections.shuffle(applied, random);
            }
        }
        LockFile lock = LockFile.empty();
        lockChecksums.forEach((id, checksum) -> lock.lock(file(id, checksum)));
        return new Snapshot<>(files, lock, "lock", applied, "tracker", interrupted, "migrations");
    }

    /** @return the snapshot with each record reduced to what {@code checked} reads: id, name, checksum */
    private static Snapshot<RecordedMigration> checksumsOnly(Snapshot<AppliedMigration> snapshot) {
        List<RecordedMigration> checksums = snapshot.applied().stream()
                .<RecordedMigration>map(record -> new Checksum(record.id(), record.name(), record.checksum())).toList();
        return new Snapshot<>(snapshot.files(), snapshot.lock(), snapshot.lockSource(), checksums,
                snapshot.trackerSource(), snapshot.interrupted(), snapshot.migrationsDir());
    }

    private record Checksum(long id, String name, String checksum) implements RecordedMigration {
    }

    private static void assertSameProblem(Throwable actual, Throwable expected) {
        assertThat(actual).hasSameClassAs(expected).hasMessage(expected.getMessage());
        assertThat(actual.getSuppressed()).hasSameSizeAs(expected.getSuppressed());
        for (int i = 0; i < expected.getSuppressed().length; i++) {
            assertThat(actual.getSuppressed()[i]).hasSameClassAs(expected.getSuppressed()[i])
                    .hasMessage(expected.getSuppressed()[i].getMessage());
        }
    }

    /**
     * @return up to 7 files, records and lock entries of ids 1 to 10 and up to 2 interrupted ids of
     *     1 to 12, files and records in any order, ids repeated within a source, each checksum one of
     *     two
     */
    private static Snapshot<AppliedMigration> randomSnapshot(Random random) {
        List<MigrationFile> files = new ArrayList<>();
        for (int i = random.nextInt(8); i > 0; i--) {
            long id = 1 + random.nextInt(10);
            files.add(new MigrationFile(Path.of(id + "_f.sql"), new Migration(id, "file" + id + "_" + i,
                    "SELECT 1;", Instant.EPOCH, Optional.empty()), pick(random), true));
        }
        List<AppliedMigration> applied = new ArrayList<>();
        for (int i = random.nextInt(8); i > 0; i--) {
            applied.add(new AppliedMigration(1 + random.nextInt(10), "record" + i, pick(random), Instant.EPOCH,
                    Optional.empty(), OptionalLong.empty()));
        }
        LockFile lock = LockFile.empty();
        for (int i = random.nextInt(8); i > 0; i--) {
            long id = 1 + random.nextInt(10);
            lock.lock(new MigrationFile(Path.of(id + "_l.sql"), new Migration(id, "locked" + i, "SELECT 1;",
                    Instant.EPOCH, Optional.empty()), pick(random), true));
        }
        Set<Long> interrupted = new HashSet<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            interrupted.add(1L + random.nextInt(12));
        }
        Collections.shuffle(files, random);
        Collections.shuffle(applied, random);
        return new Snapshot<>(files, lock, "lock", applied, "tracker", interrupted, "migrations");
    }

    @Test
    void validatedThrowsEveryProblemInTheDocumentedOrder() {
        // files 1, 2 and 7: 1 differs from its record, 2 from its lock entry, 3 to 6 are a gap;
        // 5 was interrupted, 6 is recorded without a file
        List<MigrationFile> files = List.of(file(1, "aa"), file(2, "aa"), file(7, "aa"));
        LockFile lock = LockFile.empty();
        lock.lock(file(2, "bb"));
        List<AppliedMigration> applied = List.of(record(6, "aa"), record(1, "bb"));
        Snapshot<AppliedMigration> snapshot = new Snapshot<>(files, lock, "lock", applied, "tracker", Set.of(5L),
                "migrations");

        assertThatExceptionOfType(ChecksumMismatchException.class)
                .isThrownBy(() -> Validator.validated(snapshot))
                .satisfies(first -> {
                    assertThat(first.id()).isEqualTo(1);
                    assertThat(first.recordedIn()).isEqualTo("tracker");
                    assertThat(first.getSuppressed()).hasSize(4);
                    assertThat(first.getSuppressed()[0]).isInstanceOfSatisfying(ChecksumMismatchException.class,
                            e -> assertThat(e.recordedIn()).isEqualTo("lock"));
                    assertThat(first.getSuppressed()[1]).isInstanceOfSatisfying(InterruptedMigrationException.class,
                            e -> assertThat(e.id()).isEqualTo(5));
                    assertThat(first.getSuppressed()[2]).isInstanceOfSatisfying(MissingMigrationException.class,
                            e -> assertThat(e.id()).isEqualTo(6));
                    assertThat(first.getSuppressed()[3]).isInstanceOfSatisfying(InvalidSequenceException.class,
                            e -> assertThat(e.found()).isEqualTo(7));
                });
    }

    @Test
    void validatedReturnsTheStatusOfAValidSnapshot() {
        LockFile lock = LockFile.empty();
        lock.lock(file(1, "aa"));
        Snapshot<AppliedMigration> snapshot = new Snapshot<>(List.of(file(1, "aa"), file(2, "bb")), lock, "lock",
                List.of(record(1, "aa")), "tracker", Set.of(), "migrations");

        assertThat(Validator.validated(snapshot).migrations()).extracting(MigrationInfo::id, MigrationInfo::state)
                .containsExactly(tuple(1L, MigrationState.APPLIED), tuple(2L, MigrationState.PENDING));
    }

    private static MigrationFile file(long id, String checksum) {
        return new MigrationFile(Path.of(id + "_f.sql"), new Migration(id, "file" + id, "SELECT 1;", Instant.EPOCH,
                Optional.empty()), checksum, true);
    }

    private static AppliedMigration record(long id, String checksum) {
        return new AppliedMigration(id, "record" + id, checksum, Instant.EPOCH, Optional.empty(), OptionalLong.empty());
    }

    private static String pick(Random random) {
        return CHECKSUMS[random.nextInt(CHECKSUMS.length)];
    }

    private static List<MigrationInfo> model(Snapshot<AppliedMigration> snapshot) {
        Map<Long, MigrationFile> files = new TreeMap<>();
        snapshot.files().forEach(file -> files.putIfAbsent(file.id(), file));
        Map<Long, AppliedMigration> applied = new TreeMap<>();
        snapshot.applied().forEach(record -> applied.putIfAbsent(record.id(), record));
        Map<Long, LockEntry> locked = new TreeMap<>();
        snapshot.lock().entries().forEach(entry -> locked.putIfAbsent(entry.id(), entry));
        TreeSet<Long> ids = new TreeSet<>(files.keySet());
        ids.addAll(applied.keySet());
        ids.addAll(locked.keySet());
        ids.addAll(snapshot.interrupted());
        List<MigrationInfo> infos = new ArrayList<>();
        for (long id : ids) {
            MigrationFile file = files.get(id);
            AppliedMigration record = applied.get(id);
            LockEntry entry = locked.get(id);
            String name = file != null ? file.name() : record != null ? record.name() : entry != null ? entry.name() : "";
            MigrationState state;
            if (snapshot.interrupted().contains(id)) {
                state = MigrationState.INTERRUPTED;
            } else if (file == null) {
                state = MigrationState.MISSING;
            } else if (entry != null && !entry.checksum().equals(file.checksum())
                    || record != null && !record.checksum().equals(file.checksum())) {
                state = MigrationState.MODIFIED;
            } else {
                state = record != null ? MigrationState.APPLIED : MigrationState.PENDING;
            }
            infos.add(new MigrationInfo(id, name, state, Optional.ofNullable(file), Optional.ofNullable(record),
                    Optional.ofNullable(entry)));
        }
        return infos;
    }
}
