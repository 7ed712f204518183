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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

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
        Cursor<MigrationFile> files = new Cursor<>(snapshot.files(), MigrationFile::id);
        Cursor<AppliedMigration> applied = new Cursor<>(snapshot.applied(), AppliedMigration::id);
        Cursor<LockEntry> locked = new Cursor<>(snapshot.lock().entries(), LockEntry::id);
        Cursor<Long> interrupted = new Cursor<>(List.copyOf(snapshot.interrupted()), Long::longValue);
        List<MigrationInfo> infos = new ArrayList<>(files.items.size());
        for (long id = Cursor.lowestNext(files, applied, locked, interrupted); id != Cursor.DONE;
                id = Cursor.lowestNext(files, applied, locked, interrupted)) {
            MigrationFile file = files.take(id);
            AppliedMigration record = applied.take(id);
            LockEntry entry = locked.take(id);
            boolean isInterrupted = interrupted.take(id) != null;
            String name = file != null ? file.name()
                    : record != null ? record.name()
                    : entry != null ? entry.name()
                    : "";
            infos.add(new MigrationInfo(id, name, state(file, record, entry, isInterrupted),
                    Optional.ofNullable(file), Optional.ofNullable(record), Optional.ofNullable(entry)));
        }
        return new MigrationStatus(infos);
    }

    private static MigrationState state(MigrationFile file, AppliedMigration record, LockEntry entry,
            boolean interrupted) {
        if (interrupted) {
            return MigrationState.INTERRUPTED;
        }
        if (file == null) {
            return MigrationState.MISSING;
        }
        String checksum = file.checksum();
        if ((entry != null && !entry.checksum().equals(checksum))
                || (record != null && !record.checksum().equals(checksum))) {
            return MigrationState.MODIFIED;
        }
        return record != null ? MigrationState.APPLIED : MigrationState.PENDING;
    }

    /**
     * Validates a snapshot.
     *
     * @param snapshot what was read
     * @return the status of every migration, each of them applied or pending
     * @throws MigrationException the first problem in the documented order, with the others
     *     attached as suppressed exceptions
     */
    public static MigrationStatus validated(Snapshot snapshot) {
        MigrationStatus status = status(snapshot);
        throwIfAny(problems(snapshot, status));
        return status;
    }

    /**
     * @param snapshot what was read
     * @param status its status
     * @return every problem, in the documented order; empty when valid
     */
    private static List<MigrationException> problems(Snapshot snapshot, MigrationStatus status) {
        List<MigrationException> modified = new ArrayList<>();
        List<MigrationException> interrupted = new ArrayList<>();
        List<MigrationException> missing = new ArrayList<>();
        for (MigrationInfo info : status.migrations()) {
            switch (info.state()) {
                case MODIFIED -> modified.add(mismatch(info, snapshot));
                case INTERRUPTED -> interrupted.add(
                        new InterruptedMigrationException(info.id(), info.name(), snapshot.trackerSource()));
                case MISSING -> missing.add(new MissingMigrationException(info.id(), info.name(),
                        info.applied().isPresent() ? snapshot.trackerSource() : snapshot.lockSource(),
                        snapshot.migrationsDir()));
                default -> {
                    // applied and pending migrations are no problem
                }
            }
        }
        List<MigrationException> problems = new ArrayList<>(modified);
        problems.addAll(interrupted);
        problems.addAll(missing);
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
    private static void throwIfAny(List<MigrationException> problems) {
        if (problems.isEmpty()) {
            return;
        }
        MigrationException first = problems.get(0);
        for (MigrationException other : problems.subList(1, problems.size())) {
            first.addSuppressed(other);
        }
        throw first;
    }

    /**
     * Walks the items of one source in id order; of items sharing an id, the first in the source's
     * order counts. The sources' ids are merged by taking the lowest next id of all of them.
     */
    private static final class Cursor<T> {

        /** The next id once every item has been taken: larger than any id (at most 4,294,967,295). */
        static final long DONE = Long.MAX_VALUE;

        private final List<T> items;
        private final long[] ids;
        private int next;

        Cursor(List<T> items, ToLongFunction<T> id) {
            long[] ids = new long[items.size()];
            boolean ascending = true;
            for (int i = 0; i < ids.length; i++) {
                ids[i] = id.applyAsLong(items.get(i));
                ascending &= i == 0 || ids[i] > ids[i - 1];
            }
            if (ascending) {
                this.items = items;
                this.ids = ids;
            } else {
                List<T> sorted = new ArrayList<>(items);
                sorted.sort(Comparator.comparingLong(id)); // stable: the first of equal ids stays first
                this.items = sorted;
                this.ids = sorted.stream().mapToLong(id).toArray();
            }
        }

        /** @return the lowest id that any of the cursors holds next; {@link #DONE} if none */
        static long lowestNext(Cursor<?>... cursors) {
            long id = DONE;
            for (Cursor<?> cursor : cursors) {
                id = Math.min(id, cursor.peek());
            }
            return id;
        }

        private long peek() {
            return next < ids.length ? ids[next] : DONE;
        }

        /** @return the item with this id, or null if the next item has another; later items with the id are skipped */
        T take(long id) {
            if (peek() != id) {
                return null;
            }
            T item = items.get(next);
            while (peek() == id) {
                next++;
            }
            return item;
        }
    }
}
