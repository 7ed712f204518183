package com.kimberlite.migration.internal.validation;

import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.ChecksumMismatchException;
import com.kimberlite.migration.InterruptedMigrationException;
import com.kimberlite.migration.InvalidSequenceException;
import com.kimberlite.migration.LockEntry;
import com.kimberlite.migration.MigrationException;
import com.kimberlite.migration.MigrationFile;
import com.kimberlite.migration.MigrationInfo;
import com.kimberlite.migration.MigrationState;
import com.kimberlite.migration.MigrationStatus;
import com.kimberlite.migration.MissingMigrationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Derives each migration's state from a {@link Snapshot}, and the problems that fail validation.
 *
 * <p>Problems are reported in this order: checksum mismatches (against the lock file first, as
 * Kimberlite's own tool checks, then against the tracker's records), in id order; interrupted
 * migrations; missing files; then the first gap in the id sequence.
 */
public final class Validator {

    private Validator() {
    }

    /**
     * @param snapshot what was read
     * @return every migration with its state, sorted by id
     */
    public static MigrationStatus status(Snapshot snapshot) {
        Map<Long, MigrationFile> files = byId(snapshot.files(), MigrationFile::id);
        Map<Long, AppliedMigration> applied = byId(snapshot.applied(), AppliedMigration::id);
        Map<Long, LockEntry> locked = byId(snapshot.lock().entries(), LockEntry::id);
        TreeSet<Long> ids = new TreeSet<>(files.keySet());
        ids.addAll(applied.keySet());
        ids.addAll(locked.keySet());
        ids.addAll(snapshot.interrupted());
        List<MigrationInfo> infos = new ArrayList<>(ids.size());
        for (long id : ids) {
            Optional<MigrationFile> file = Optional.ofNullable(files.get(id));
            Optional<AppliedMigration> record = Optional.ofNullable(applied.get(id));
            Optional<LockEntry> entry = Optional.ofNullable(locked.get(id));
            String name = file.map(MigrationFile::name)
                    .or(() -> record.map(AppliedMigration::name))
                    .or(() -> entry.map(LockEntry::name))
                    .orElse("");
            MigrationState state = state(file, record, entry, snapshot.interrupted().contains(id));
            infos.add(new MigrationInfo(id, name, state, file, record, entry));
        }
        return new MigrationStatus(infos);
    }

    private static MigrationState state(Optional<MigrationFile> file, Optional<AppliedMigration> record,
            Optional<LockEntry> entry, boolean interrupted) {
        if (interrupted) {
            return MigrationState.INTERRUPTED;
        }
        if (file.isEmpty()) {
            return MigrationState.MISSING;
        }
        String checksum = file.get().checksum();
        if (entry.filter(e -> !e.checksum().equals(checksum)).isPresent()
                || record.filter(r -> !r.checksum().equals(checksum)).isPresent()) {
            return MigrationState.MODIFIED;
        }
        return record.isPresent() ? MigrationState.APPLIED : MigrationState.PENDING;
    }

    /**
     * @param snapshot what was read
     * @return every problem, in the documented order; empty when valid
     */
    public static List<MigrationException> problems(Snapshot snapshot) {
        MigrationStatus status = status(snapshot);
        List<MigrationException> problems = new ArrayList<>();
        for (MigrationInfo info : status.inState(MigrationState.MODIFIED)) {
            problems.add(mismatch(info, snapshot));
        }
        for (MigrationInfo info : status.inState(MigrationState.INTERRUPTED)) {
            problems.add(new InterruptedMigrationException(info.id(), info.name(), snapshot.trackerSource()));
        }
        for (MigrationInfo info : status.inState(MigrationState.MISSING)) {
            String where = info.applied().isPresent() ? snapshot.trackerSource() : snapshot.lockSource();
            problems.add(new MissingMigrationException(info.id(), info.name(), where, snapshot.migrationsDir()));
        }
        sequenceProblem(snapshot.files()).ifPresent(problems::add);
        return problems;
    }

    private static ChecksumMismatchException mismatch(MigrationInfo info, Snapshot snapshot) {
        MigrationFile file = info.file().orElseThrow();
        Optional<LockEntry> entry = info.lockEntry().filter(e -> !e.checksum().equals(file.checksum()));
        if (entry.isPresent()) {
            return new ChecksumMismatchException(info.id(), info.name(), file.path(), entry.get().checksum(),
                    file.checksum(), snapshot.lockSource());
        }
        return new ChecksumMismatchException(info.id(), info.name(), file.path(),
                info.applied().orElseThrow().checksum(), file.checksum(), snapshot.trackerSource());
    }

    private static Optional<MigrationException> sequenceProblem(List<MigrationFile> files) {
        for (int i = 0; i < files.size(); i++) {
            MigrationFile file = files.get(i);
            if (file.id() != i + 1L) {
                return Optional.of(new InvalidSequenceException(i + 1L, file.id(), file.path()));
            }
        }
        return Optional.empty();
    }

    /**
     * Throws the first problem, with the others attached as suppressed exceptions.
     *
     * @param problems the problems found
     * @throws MigrationException the first problem, if there is one
     */
    public static void throwIfAny(List<MigrationException> problems) {
        if (problems.isEmpty()) {
            return;
        }
        MigrationException first = problems.get(0);
        for (MigrationException other : problems.subList(1, problems.size())) {
            first.addSuppressed(other);
        }
        throw first;
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, TreeMap::new));
    }
}
