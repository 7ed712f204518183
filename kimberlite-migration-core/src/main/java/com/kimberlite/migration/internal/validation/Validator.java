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
import com.kimberlite.migration.RecordedMigration;
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
     * What validation leaves for applying: the pending migrations, and the highest applied id.
     *
     * @param pending the migrations whose files are neither applied nor in any problem state, in
     *     id order
     * @param highestApplied the highest id of an applied migration; 0 when none is applied
     */
    public record Checked(List<MigrationFile> pending, long highestApplied) {

        /** Makes the list unmodifiable. */
        public Checked {
            pending = List.copyOf(pending);
        }
    }

    /**
     * @param snapshot what was read
     * @return every migration with its state, sorted by id
     */
    public static MigrationStatus status(Snapshot<AppliedMigration> snapshot) {
        List<MigrationInfo> infos = new ArrayList<>(snapshot.files().size());
        walk(snapshot, (id, name, state, file, record, entry) -> infos.add(info(id, name, state, file, record, entry)));
        return new MigrationStatus(infos);
    }

    /**
     * Validates a snapshot.
     *
     * @param snapshot what was read
     * @return the status of every migration, each of them applied or pending
     * @throws MigrationException the first problem in the documented order, with the others
     *     attached as suppressed exceptions
     */
    public static MigrationStatus validated(Snapshot<AppliedMigration> snapshot) {
        Problems problems = new Problems(snapshot);
        List<MigrationInfo> infos = new ArrayList<>(snapshot.files().size());
        walk(snapshot, (id, name, state, file, record, entry) -> {
            problems.add(id, name, state, file, record, entry);
            infos.add(info(id, name, state, file, record, entry));
        });
        problems.throwIfAny();
        return new MigrationStatus(infos);
    }

    /**
     * Validates a snapshot as {@link #validated} does, keeping only what applying needs: no
     * {@link MigrationInfo} is made for the applied migrations, which on a start with nothing to
     * apply are all of them.
     *
     * @param <R> what each record of the snapshot holds: the whole record, or only its checksum
     * @param snapshot what was read
     * @return the pending migrations and the highest applied id
     * @throws MigrationException as {@link #validated}
     */
    public static <R extends RecordedMigration> Checked checked(Snapshot<R> snapshot) {
        Checked aligned = aligned(snapshot);
        if (aligned != null) {
            return aligned;
        }
        Problems problems = new Problems(snapshot);
        List<MigrationFile> pending = new ArrayList<>();
        long[] highestApplied = new long[1];
        walk(snapshot, (id, name, state, file, record, entry) -> {
            problems.add(id, name, state, file, record, entry);
            if (state == MigrationState.APPLIED) {
                highestApplied[0] = id;
            } else if (state == MigrationState.PENDING) {
                pending.add(file);
            }
        });
        problems.throwIfAny();
        return new Checked(pending, highestApplied[0]);
    }

    /**
     * The usual snapshot, checked in one pass of plain loads and compares: files 1 to n in order,
     * lock entries of the first of them and records of the first of them, each in id order with its
     * file's checksum, nothing interrupted. Such a snapshot has no problem, and its files after the
     * recorded ones are pending. The walk, which takes any snapshot, costs several times as much
     * per migration before the JIT compiles it, on a start that checks thousands of them once.
     *
     * @return the outcome, or null when the snapshot is not laid out so and the walk decides
     */
    private static Checked aligned(Snapshot<?> snapshot) {
        List<MigrationFile> files = snapshot.files();
        List<? extends RecordedMigration> records = snapshot.applied();
        List<LockEntry> entries = snapshot.lock().entries();
        int count = files.size();
        if (!snapshot.interrupted().isEmpty() || records.size() > count || entries.size() > count) {
            return null;
        }
        for (int i = 0; i < count; i++) {
            MigrationFile file = files.get(i);
            String checksum = file.checksum();
            if (file.id() != i + 1L
                    || (i < entries.size() && !matches(entries.get(i).id(), entries.get(i).checksum(), file, checksum))
                    || (i < records.size() && !matches(records.get(i).id(), records.get(i).checksum(), file, checksum))) {
                return null;
            }
        }
        return new Checked(files.subList(records.size(), count), records.size());
    }

    private static boolean matches(long id, String checksum, MigrationFile file, String fileChecksum) {
        return id == file.id() && checksum.equals(fileChecksum);
    }

    /** Told of each migration in id order, with what each source holds of it (null where nothing). */
    @FunctionalInterface
    private interface Visitor<R extends RecordedMigration> {
        void migration(long id, String name, MigrationState state, MigrationFile file, R record, LockEntry entry);
    }

    /** Merges the sources by id and tells {@code visitor} of every id that any of them holds. */
    private static <R extends RecordedMigration> void walk(Snapshot<R> snapshot, Visitor<R> visitor) {
        Cursor<MigrationFile> files = new Cursor<>(snapshot.files(), MigrationFile::id);
        Cursor<R> applied = new Cursor<>(snapshot.applied(), RecordedMigration::id);
        Cursor<LockEntry> locked = new Cursor<>(snapshot.lock().entries(), LockEntry::id);
        Cursor<Long> interrupted = new Cursor<>(List.copyOf(snapshot.interrupted()), Long::longValue);
        for (long id = lowestNext(files, applied, locked, interrupted); id != Cursor.DONE;
                id = lowestNext(files, applied, locked, interrupted)) {
            MigrationFile file = files.take(id);
            R record = applied.take(id);
            LockEntry entry = locked.take(id);
            boolean isInterrupted = interrupted.take(id) != null;
            String name = file != null ? file.name()
                    : record != null ? record.name()
                    : entry != null ? entry.name()
                    : "";
            visitor.migration(id, name, state(file, record, entry, isInterrupted), file, record, entry);
        }
    }

    /** @return the lowest id that any of the cursors holds next; {@link Cursor#DONE} if none */
    private static long lowestNext(Cursor<?> files, Cursor<?> applied, Cursor<?> locked, Cursor<?> interrupted) {
        return Math.min(Math.min(files.peek(), applied.peek()), Math.min(locked.peek(), interrupted.peek()));
    }

    private static MigrationInfo info(long id, String name, MigrationState state, MigrationFile file,
            AppliedMigration record, LockEntry entry) {
        return new MigrationInfo(id, name, state, Optional.ofNullable(file), Optional.ofNullable(record),
                Optional.ofNullable(entry));
    }

    private static MigrationState state(MigrationFile file, RecordedMigration record, LockEntry entry,
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

    /** The problems of a snapshot, gathered migration by migration and thrown in the documented order. */
    private static final class Problems {

        private final Snapshot<?> snapshot;
        private final List<MigrationException> modified = new ArrayList<>();
        private final List<MigrationException> interrupted = new ArrayList<>();
        private final List<MigrationException> missing = new ArrayList<>();

        Problems(Snapshot<?> snapshot) {
            this.snapshot = snapshot;
        }

        void add(long id, String name, MigrationState state, MigrationFile file, RecordedMigration record,
                LockEntry entry) {
            switch (state) {
                case MODIFIED -> modified.add(mismatch(id, name, file, record, entry));
                case INTERRUPTED -> interrupted.add(new InterruptedMigrationException(id, name,
                        snapshot.trackerSource()));
                case MISSING -> missing.add(new MissingMigrationException(id, name,
                        record != null ? snapshot.trackerSource() : snapshot.lockSource(), snapshot.migrationsDir()));
                default -> {
                    // applied and pending migrations are no problem
                }
            }
        }

        private ChecksumMismatchException mismatch(long id, String name, MigrationFile file, RecordedMigration record,
                LockEntry entry) {
            if (entry != null && !entry.checksum().equals(file.checksum())) {
                return new ChecksumMismatchException(id, name, file.path(), entry.checksum(), file.checksum(),
                        snapshot.lockSource());
            }
            return new ChecksumMismatchException(id, name, file.path(), record.checksum(), file.checksum(),
                    snapshot.trackerSource());
        }

        /**
         * Throws the first problem, with the others attached as suppressed exceptions.
         *
         * @throws MigrationException if there is a problem
         */
        void throwIfAny() {
            List<MigrationException> problems = new ArrayList<>(modified);
            problems.addAll(interrupted);
            problems.addAll(missing);
            sequenceProblem(snapshot.files()).ifPresent(problems::add);
            if (problems.isEmpty()) {
                return;
            }
            MigrationException first = problems.get(0);
            for (MigrationException other : problems.subList(1, problems.size())) {
                first.addSuppressed(other);
            }
            throw first;
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
