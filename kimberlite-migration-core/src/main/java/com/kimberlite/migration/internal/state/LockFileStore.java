package com.kimberlite.migration.internal.state;

import com.kimberlite.migration.LockEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** Loading and saving the lock file, for {@link com.kimberlite.migration.LockFile}. */
public final class LockFileStore {

    private LockFileStore() {
    }

    /**
     * @param file the lock file
     * @return its entries in file order; empty when the file does not exist or is blank
     * @throws com.kimberlite.migration.LockFileException if the file cannot be read
     */
    public static List<LockEntry> load(Path file) {
        StateSource source = StateSource.lockFile(file);
        return StateFiles.read(file, source).map(bytes -> LockFileCodec.read(bytes, source)).orElse(List.of());
    }

    /**
     * @param in the lock file's content; not closed
     * @param name the content's source, for messages
     * @return its entries in file order; empty when the content is blank
     * @throws com.kimberlite.migration.LockFileException if the content cannot be read
     */
    public static List<LockEntry> read(InputStream in, String name) {
        StateSource source = StateSource.lockResource(name);
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw source.error(0, "cannot read the lock file (" + e + ")", e);
        }
        return LockFileCodec.read(bytes, source);
    }

    /**
     * Writes the lock file atomically, after checking that the file it replaces, if any, is a
     * readable lock file: one that is not is reported and left as it is.
     *
     * @param file the lock file
     * @param entries the entries, in the order to write them
     * @throws com.kimberlite.migration.LockFileException if the existing file cannot be read or
     *     the new one cannot be written
     */
    public static void save(Path file, Collection<LockEntry> entries) {
        load(file);
        StateFiles.writeAtomically(file, LockFileCodec.write(entries), StateSource.lockFile(file));
    }
}
