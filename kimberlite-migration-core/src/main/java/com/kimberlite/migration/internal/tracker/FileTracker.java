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
 * <p>Thread-safe: its methods are synchronized, so a health check may read while an apply records.
 */
public final class FileTracker implements MigrationTracker {

    /** Name of the file of started marks, beside {@code applied.toml}; Kimberlite's tool ignores it. */
    public static final String STARTED_FILE = "in-progress.toml";

    private final Path file;
    private final StateSource source;
    private final Path startedFile;
    private final StateSource startedSource;
    private Snapshot snapshot;

    /**
     * @param appliedFile the state file, usually {@code .kimberlite/migrations/applied.toml}; it
     *     and its folders are created with the first record
     */
    public FileTracker(Path appliedFile) {
        this.file = Objects.requireNonNull(appliedFile, "appliedFile");
        this.source = StateSource.appliedFile(appliedFile);
        this.startedFile = appliedFile.resolveSibling(STARTED_FILE);
        this.startedSource = StateSource.appliedFile(startedFile);
    }

    @Override
    public synchronized List<AppliedMigration> listApplied() {
        return List.copyOf(current().records);
    }

    @Override
    public synchronized void recordApplied(AppliedMigration record) {
        Objects.requireNonNull(record, "record");
        Snapshot current = current();
        if (current.ids.contains(record.id())) {
            throw new AlreadyAppliedException(record.id(), describe());
        }
        if (current.appendable) {
            StateFiles.append(file, AppliedFileCodec.appended(record), source);
            current.add(record, FileStamp.of(file));
        } else {
            List<AppliedMigration> records = new ArrayList<>(current.records);
            records.add(record);
            rewrite(records);
        }
    }

    @Override
    public synchronized boolean removeApplied(long id) {
        Snapshot current = current();
        if (!current.ids.contains(id)) {
            return false;
        }
        rewrite(current.records.stream().filter(record -> record.id() != id).toList());
        return true;
    }

    /**
     * The marks of {@code in-progress.toml}: the same tables as {@code applied.toml}, one for each
     * migration whose application started and has not been recorded.
     */
    @Override
    public synchronized List<AppliedMigration> listStarted() {
        return StateFiles.read(startedFile, startedSource)
                .map(bytes -> AppliedFileCodec.read(bytes, startedSource).records())
                .orElse(List.of());
    }

    @Override
    public synchronized void markStarted(AppliedMigration mark) {
        List<AppliedMigration> marks = new ArrayList<>(listStarted());
        marks.removeIf(existing -> existing.id() == mark.id());
        marks.add(mark);
        StateFiles.writeAtomically(startedFile, AppliedFileCodec.write(marks), startedSource);
    }

    @Override
    public synchronized void clearStarted(long id) {
        List<AppliedMigration> marks = new ArrayList<>(listStarted());
        if (!marks.removeIf(existing -> existing.id() == id)) {
            return;
        }
        if (marks.isEmpty()) {
            StateFiles.delete(startedFile, startedSource);
        } else {
            StateFiles.writeAtomically(startedFile, AppliedFileCodec.write(marks), startedSource);
        }
    }

    /** An operating-system lock on {@code .apply-lock} beside {@code applied.toml}. */
    @Override
    public MigrationLock acquireLock(Duration timeout) {
        Path folder = file.toAbsolutePath().getParent();
        return FileApplyLock.acquire(folder, timeout);
    }

    /** @return the path of {@code applied.toml} */
    @Override
    public String describe() {
        return file.toString();
    }

    @Override
    public String toString() {
        return "FileTracker[" + file + "]";
    }

    private void rewrite(List<AppliedMigration> records) {
        StateFiles.writeAtomically(file, AppliedFileCodec.write(records), source);
        snapshot = new Snapshot(FileStamp.of(file), records, !records.isEmpty());
    }

    /** The records as the file holds them now: the cached ones while the file is unchanged. */
    private Snapshot current() {
        FileStamp stamp = FileStamp.of(file);
        if (snapshot == null || stamp == null || !stamp.equals(snapshot.stamp)) {
            // The stamp is taken before reading: a change during the read makes the next call read again.
            AppliedFileCodec.Content content = StateFiles.read(file, source)
                    .map(bytes -> AppliedFileCodec.read(bytes, source))
                    .orElseGet(() -> new AppliedFileCodec.Content(List.of(), false));
            snapshot = new Snapshot(stamp, content.records(), content.appendable());
        }
        return snapshot;
    }

    /** The records of the file as last read or written, and the file's stamp at that time. */
    private static final class Snapshot {

        private final List<AppliedMigration> records;
        private final Set<Long> ids = new HashSet<>();
        private final boolean appendable;
        private FileStamp stamp;

        Snapshot(FileStamp stamp, List<AppliedMigration> records, boolean appendable) {
            this.stamp = stamp;
            this.records = new ArrayList<>(records);
            this.appendable = appendable;
            records.forEach(record -> ids.add(record.id()));
        }

        void add(AppliedMigration record, FileStamp newStamp) {
            records.add(record);
            ids.add(record.id());
            stamp = newStamp;
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
    }
}
