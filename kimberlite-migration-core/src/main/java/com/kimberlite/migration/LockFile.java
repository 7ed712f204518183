package com.kimberlite.migration;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The lock file ({@code .kimberlite/migrations/.lock}): the checksum of every locked migration,
 * meant to be committed so that a migration changed after it was locked is detected anywhere.
 *
 * <p>The format is that of Kimberlite's own tool, which can read and write the same file:
 *
 * <pre>
 * version = 1
 *
 * [[migration]]
 * id = 1
 * name = "add_users_table"
 * checksum = "a1b2..."
 * </pre>
 *
 * <p>An instance is the lock in memory: {@link #load(Path)} reads it, {@link #lock},
 * {@link #update} change it, {@link #save(Path)} writes it back (atomically; a lock file that
 * cannot be read is never overwritten). Entries are kept sorted by id, one per id.
 *
 * <p>Mutable and not thread-safe: confine an instance to one thread or synchronize externally.
 */
public final class LockFile {

    /** The version of the lock file format written and read. */
    public static final int VERSION = 1;

    private static final String UNNAMED_SOURCE = "the lock file";

    /** Sorted by id, one per id: a lock file lists its entries in id order, so reading one sorts nothing. */
    private final List<LockEntry> entries;
    private String recordedIn;

    private LockFile(String recordedIn, List<LockEntry> entries) {
        this.recordedIn = recordedIn;
        this.entries = new ArrayList<>(entries.size());
        for (LockEntry entry : entries) {
            put(entry);
        }
    }

    /** @return a lock with no entries, not yet tied to a file */
    public static LockFile empty() {
        return new LockFile(UNNAMED_SOURCE, List.of());
    }

    /**
     * Reads a lock file.
     *
     * @param file the lock file
     * @return the lock; empty when the file does not exist or is blank
     * @throws LockFileException if the file cannot be read, is not TOML, has a version other than
     *     1, or holds a value of the wrong type; the message names the file and line
     */
    public static LockFile load(Path file) {
        Objects.requireNonNull(file, "file");
        return new LockFile(file.toString(), com.kimberlite.migration.internal.state.LockFileStore.load(file));
    }

    /**
     * Reads a lock file's content from a stream, such as a classpath resource. The stream is read
     * to its end and not closed.
     *
     * <pre>
     * try (InputStream in = getClass().getResourceAsStream("/db/.lock")) {
     *     LockFile lock = LockFile.read(in, "classpath:db/.lock");
     * }
     * </pre>
     *
     * @param in the content, UTF-8
     * @param sourceName where the content comes from, used in messages
     * @return the lock; empty when the content is blank
     * @throws LockFileException if the stream cannot be read or its content is not a lock file
     */
    public static LockFile read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        return new LockFile(sourceName, com.kimberlite.migration.internal.state.LockFileStore.read(in, sourceName));
    }

    /**
     * Writes the lock atomically, creating missing folders. The output is byte-identical to that
     * of Kimberlite's own tool for names without {@code "}, {@code \} or control characters.
     * Checksum mismatches found later are reported as recorded in this file.
     *
     * @param file the lock file
     * @throws LockFileException if an existing file at {@code file} cannot be read as a lock file
     *     (it is left unchanged), or the file cannot be written (the old one is left unchanged)
     */
    public void save(Path file) {
        Objects.requireNonNull(file, "file");
        com.kimberlite.migration.internal.state.LockFileStore.save(file, entries);
        recordedIn = file.toString();
    }

    /**
     * Locks a migration file's current checksum, replacing any entry with the same id.
     *
     * @param file the migration file
     */
    public void lock(MigrationFile file) {
        put(LockEntry.of(file));
    }

    /** Adds an entry in id order, replacing the one with the same id; appending costs nothing more. */
    private void put(LockEntry entry) {
        int last = entries.size() - 1;
        if (last < 0 || entries.get(last).id() < entry.id()) {
            entries.add(entry);
            return;
        }
        int at = indexOf(entry.id());
        if (at >= 0) {
            entries.set(at, entry);
        } else {
            entries.add(-at - 1, entry);
        }
    }

    /** @return the index of the entry with this id; if none, {@code -(insertion point) - 1} */
    private int indexOf(long id) {
        int low = 0;
        int high = entries.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            long found = entries.get(middle).id();
            if (found < id) {
                low = middle + 1;
            } else if (found > id) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -low - 1;
    }

    /**
     * Checks migration files against their entries: a file whose id is locked must have the
     * locked checksum. Files without an entry are not checked.
     *
     * @param files the migration files
     * @throws ChecksumMismatchException for the first file, in the order of {@code files}, whose
     *     checksum differs from its entry; any further mismatches are attached as suppressed
     */
    public void validate(List<MigrationFile> files) {
        List<ChecksumMismatchException> mismatches = new ArrayList<>();
        for (MigrationFile file : files) {
            int at = indexOf(file.id());
            LockEntry locked = at >= 0 ? entries.get(at) : null;
            if (locked != null && !locked.checksum().equals(file.checksum())) {
                mismatches.add(new ChecksumMismatchException(file.id(), file.name(), file.path(), locked.checksum(),
                        file.checksum(), recordedIn));
            }
        }
        if (!mismatches.isEmpty()) {
            ChecksumMismatchException first = mismatches.get(0);
            mismatches.subList(1, mismatches.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    /**
     * Validates the files, then locks every file whose id is not locked yet. Entries of locked ids
     * are left as they are.
     *
     * @param files the migration files
     * @return whether an entry was added, that is, whether the lock differs from the file it was
     *     read from and needs {@linkplain #save saving}
     * @throws ChecksumMismatchException as {@link #validate}; the lock is then unchanged
     */
    public boolean update(List<MigrationFile> files) {
        validate(files);
        boolean added = false;
        for (MigrationFile file : files) {
            if (!isLocked(file.id())) {
                lock(file);
                added = true;
            }
        }
        return added;
    }

    /**
     * @param id a migration id
     * @return whether the lock has an entry for it
     */
    public boolean isLocked(long id) {
        return indexOf(id) >= 0;
    }

    /**
     * @param id a migration id
     * @return its entry, if it is locked
     */
    public Optional<LockEntry> entry(long id) {
        int at = indexOf(id);
        return at >= 0 ? Optional.of(entries.get(at)) : Optional.empty();
    }

    /** @return every entry, sorted by id; an unmodifiable copy */
    public List<LockEntry> entries() {
        return List.copyOf(entries);
    }

    /** @return the version of the lock file format: always {@link #VERSION} */
    public int version() {
        return VERSION;
    }

    /** @return the lock's source and size, for logs */
    @Override
    public String toString() {
        return "LockFile[" + recordedIn + ", " + entries.size() + " entries]";
    }
}
