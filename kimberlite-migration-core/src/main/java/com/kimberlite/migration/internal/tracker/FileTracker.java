package com.kimberlite.migration.internal.tracker;

import com.kimberlite.migration.AlreadyAppliedException;
import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.MigrationLock;
import com.kimberlite.migration.MigrationTracker;
import com.kimberlite.migration.internal.state.AppliedFileCodec;
import com.kimberlite.migration.internal.state.StateFiles;
import com.kimberlite.migration.internal.state.StateSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code file} tracker: the records in {@code applied.toml}, in the format of Kimberlite's own
 * tool, which can read and write the same file. For one process on one host.
 *
 * <p>Recording a migration costs the same whether the file holds ten records or ten thousand: the
 * new {@code [[migrations]]} table is appended with one write and forced to disk (a missing,
 * blank or {@code migrations = []} file is written whole, atomically). The check for an existing
 * record uses the records as last read or written, which are read again whenever the file's size,
 * modification time or identity (inode) changed, so changes by other tools are seen. Removing a
 * record rewrites the file atomically. A file that cannot be parsed is reported and never written.
 *
 * <p>Started marks go to {@code in-progress.toml} beside it, in the same layout, the same way: one
 * forced append per mark. A mark whose migration has been recorded is <em>superseded</em>: it
 * means nothing, is not listed, and is left in the file until the apply lock is released, when
 * the file is deleted if nothing else is left in it. So applying a migration costs two forced
 * appends and no rename, truncation or folder sync. Removing a record first removes its
 * superseded mark for good, so that an old mark never comes back to life.
 *
 * <p>Thread-safe: its methods are synchronized, so a health check may read while an apply records.
 */
public final class FileTracker implements MigrationTracker {

    /** Name of the file of started marks, beside {@code applied.toml}; Kimberlite's tool ignores it. */
    public static final String STARTED_FILE = "in-progress.toml";

    private final RecordFile applied;
    private final RecordFile started;

    /**
     * @param appliedFile the state file, usually {@code .kimberlite/migrations/applied.toml}; it
     *     and its folders are created with the first record
     */
    public FileTracker(Path appliedFile) {
        Objects.requireNonNull(appliedFile, "appliedFile");
        this.applied = new RecordFile(appliedFile);
        this.started = new RecordFile(appliedFile.resolveSibling(STARTED_FILE));
    }

    @Override
    public synchronized List<AppliedMigration> listApplied() {
        return List.copyOf(applied.current().records);
    }

    @Override
    public synchronized void recordApplied(AppliedMigration record) {
        Objects.requireNonNull(record, "record");
        if (applied.current().ids().contains(record.id())) {
            throw new AlreadyAppliedException(record.id(), describe());
        }
        applied.add(record);
    }

    @Override
    public synchronized boolean removeApplied(long id) {
        RecordFile.Snapshot current = applied.current();
        if (!current.ids().contains(id)) {
            return false;
        }
        RecordFile.Snapshot marks = started.current();
        if (marks.ids().contains(id)) {
            started.rewriteOrDelete(marks.records.stream().filter(mark -> mark.id() != id).toList());
        } else {
            // make an earlier unforced deletion of in-progress.toml durable before the record goes
            StateFiles.forceFolderOf(started.path);
        }
        applied.rewrite(current.records.stream().filter(record -> record.id() != id).toList());
        return true;
    }

    /**
     * The marks of {@code in-progress.toml} whose migrations have no record: the same tables as
     * {@code applied.toml}, one for each migration whose application started and never finished.
     */
    @Override
    public synchronized List<AppliedMigration> listStarted() {
        List<AppliedMigration> marks = started.current().records;
        if (marks.isEmpty()) {
            return List.of();
        }
        Set<Long> recorded = applied.current().ids();
        return marks.stream().filter(mark -> !recorded.contains(mark.id())).toList();
    }

    /** Both files, each looked at once, under this tracker's monitor; {@link Records} leaves out superseded marks. */
    @Override
    public synchronized Records listRecords() {
        return new Records(applied.current().records, started.current().records);
    }

    /**
     * Appends the mark to {@code in-progress.toml} with one write and forces it to disk, so the
     * mark is durable before the migration runs. The file is rewritten atomically instead when it
     * already marks the same migration or cannot be appended to.
     */
    @Override
    public synchronized void markStarted(AppliedMigration mark) {
        Objects.requireNonNull(mark, "mark");
        RecordFile.Snapshot marks = started.current();
        if (marks.ids().contains(mark.id())) {
            List<AppliedMigration> replaced = new ArrayList<>(marks.records);
            replaced.removeIf(existing -> existing.id() == mark.id());
            replaced.add(mark);
            started.rewrite(replaced);
        } else {
            started.add(mark);
        }
    }

    /**
     * Clears a mark. A superseded mark (its migration is recorded) is left for the release of the
     * apply lock; any other is removed at once, durably, with the superseded ones.
     */
    @Override
    public synchronized void clearStarted(long id) {
        Set<Long> recorded = applied.current().ids();
        if (recorded.contains(id)) {
            return;
        }
        RecordFile.Snapshot marks = started.current();
        if (!marks.ids().contains(id)) {
            return;
        }
        started.rewriteOrDelete(marks.records.stream()
                .filter(mark -> mark.id() != id && !recorded.contains(mark.id())).toList());
    }

    /**
     * An operating-system lock on {@code .apply-lock} beside {@code applied.toml}. Releasing it
     * deletes {@code in-progress.toml} when only superseded marks are left in it.
     */
    @Override
    public MigrationLock acquireLock(Duration timeout) {
        MigrationLock held = FileApplyLock.acquire(applied.path.toAbsolutePath().getParent(), timeout);
        return () -> {
            try {
                synchronized (this) {
                    if (listStarted().isEmpty()) {
                        started.deleteUnforced();
                    }
                }
            } finally {
                held.close();
            }
        };
    }

    /** @return the path of {@code applied.toml} */
    @Override
    public String describe() {
        return applied.path.toString();
    }

    @Override
    public String toString() {
        return "FileTracker[" + applied.path + "]";
    }

    /**
     * One file of {@code [[migrations]]} tables and its content as last read or written, read
     * again whenever the file's stamp changes.
     */
    private static final class RecordFile {

        private final Path path;
        private final StateSource source;
        private Snapshot snapshot;

        RecordFile(Path path) {
            this.path = path;
            this.source = StateSource.appliedFile(path);
        }

        /** The records as the file holds them now: the cached ones while the file is unchanged. */
        Snapshot current() {
            FileStamp stamp = FileStamp.of(path);
            if (snapshot == null || stamp == null || !stamp.sameAs(snapshot.stamp)) {
                // The stamp is taken before reading: a change during the read makes the next call read again.
                AppliedFileCodec.Content content = StateFiles.read(path, source)
                        .map(bytes -> AppliedFileCodec.read(bytes, source))
                        .orElseGet(() -> new AppliedFileCodec.Content(List.of(), false));
                snapshot = new Snapshot(stamp, content.records(), content.appendable());
            }
            return snapshot;
        }

        /** Appends a record with one forced write, or writes the file whole when it cannot be appended to. */
        void add(AppliedMigration record) {
            Snapshot current = current();
            if (current.appendable) {
                StateFiles.append(path, AppliedFileCodec.appended(record), source);
                current.add(record, FileStamp.of(path));
            } else {
                List<AppliedMigration> records = new ArrayList<>(current.records);
                records.add(record);
                rewrite(records);
            }
        }

        void rewrite(List<AppliedMigration> records) {
            StateFiles.writeAtomically(path, AppliedFileCodec.write(records), source);
            snapshot = new Snapshot(FileStamp.of(path), records, !records.isEmpty());
        }

        /** Rewrites the file, or deletes it (durably) when no record is left. */
        void rewriteOrDelete(List<AppliedMigration> records) {
            if (records.isEmpty()) {
                StateFiles.delete(path, source);
                snapshot = null;
            } else {
                rewrite(records);
            }
        }

        void deleteUnforced() {
            StateFiles.deleteUnforced(path, source);
            snapshot = null;
        }

        /** The records of the file as last read or written, and the file's stamp at that time. */
        private static final class Snapshot {

            private final List<AppliedMigration> records;
            /** The ids of the records, gathered on first use: listing the records needs none. */
            private Set<Long> ids;
            private final boolean appendable;
            private FileStamp stamp;

            Snapshot(FileStamp stamp, List<AppliedMigration> records, boolean appendable) {
                this.stamp = stamp;
                this.records = new ArrayList<>(records);
                this.appendable = appendable;
            }

            Set<Long> ids() {
                if (ids == null) {
                    ids = new HashSet<>();
                    records.forEach(record -> ids.add(record.id()));
                }
                return ids;
            }

            void add(AppliedMigration record, FileStamp newStamp) {
                records.add(record);
                if (ids != null) {
                    ids.add(record.id());
                }
                stamp = newStamp;
            }
        }
    }

    /**
     * What identifies one version of a file without reading it: size, modification time and file
     * key (the inode, where the platform has one; an atomic replacement changes it).
     */
    private record FileStamp(long size, FileTime modified, Object key) {

        private static final FileStamp ABSENT = new FileStamp(-1, null, null);

        /** @return the file's stamp; {@link #ABSENT} when it does not exist; null when unknown */
        static FileStamp of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new FileStamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
            } catch (NoSuchFileException e) {
                return ABSENT;
            } catch (IOException e) {
                return null;
            }
        }

        /**
         * The same test as {@code equals}, written out: a record's generated {@code equals} is
         * linked through method handles on its first call, which costs a fresh JVM about 30 ms.
         *
         * @param other a stamp, or null
         * @return whether both stamps name the same version of the file
         */
        boolean sameAs(FileStamp other) {
            return other != null && size == other.size && Objects.equals(modified, other.modified)
                    && Objects.equals(key, other.key);
        }
    }
}
