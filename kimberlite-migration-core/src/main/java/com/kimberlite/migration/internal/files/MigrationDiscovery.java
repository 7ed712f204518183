package com.kimberlite.migration.internal.files;

import com.kimberlite.migration.DuplicateMigrationIdException;
import com.kimberlite.migration.MigrationParseException;
import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds the migration files of a folder: the regular files directly in it whose names end in
 * lowercase {@code .sql} (links followed; folders skipped), each read once, sorted by id; two
 * files with one id are an error. Files are loaded in parallel.
 */
public final class MigrationDiscovery {

    /** Bits of a sort key that hold the index of a name; the id (at most 32 bits) is above them. */
    private static final int INDEX_BITS = 31;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private MigrationDiscovery() {
    }

    /**
     * @param folder the migrations folder; one that does not exist holds no migrations
     * @return the parsed files sorted by id
     * @throws DuplicateMigrationIdException if two files share an id
     * @throws MigrationParseException if {@code folder} is a file or cannot be listed, or a file
     *     cannot be read
     */
    public static List<ParsedMigration> discover(Path folder) {
        List<String> names = names(folder);
        long[] keys = new long[names.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = idOf(names, i) << INDEX_BITS | i;
        }
        // each key is the id above the name's index: one sort of primitives orders the files by id
        Arrays.sort(keys);
        List<String> sorted = new ArrayList<>(keys.length);
        for (int i = 0; i < keys.length; i++) {
            if (i + 1 < keys.length && keys[i] >>> INDEX_BITS == keys[i + 1] >>> INDEX_BITS) {
                throw duplicate(folder, names, keys, i);
            }
            sorted.add(names.get((int) (keys[i] & INDEX_MASK)));
        }
        return loadAll(folder, sorted, keys);
    }

    /**
     * @return the id in the name at {@code index}; when a name has no valid id, the error of the
     *     first such name in name order, so that the same folder always gives the same error
     */
    private static long idOf(List<String> names, int index) {
        try {
            return FileName.id(names.get(index));
        } catch (RuntimeException invalid) {
            List<String> sorted = new ArrayList<>(names);
            Collections.sort(sorted);
            sorted.forEach(FileName::id); // throws for the first invalid name
            throw invalid;
        }
    }

    /** @return the error for the lowest id that {@code keys[at]} and the key after it share */
    private static DuplicateMigrationIdException duplicate(Path folder, List<String> names, long[] keys, int at) {
        long id = keys[at] >>> INDEX_BITS;
        List<String> sharing = new ArrayList<>();
        for (int i = at; i < keys.length && keys[i] >>> INDEX_BITS == id; i++) {
            sharing.add(names.get((int) (keys[i] & INDEX_MASK)));
        }
        Collections.sort(sharing);
        return new DuplicateMigrationIdException(id, sharing.stream().map(folder::resolve).toList(),
                (keys[keys.length - 1] >>> INDEX_BITS) + 1);
    }

    /**
     * Loads files on every core (the common fork-join pool and the calling thread): reading,
     * decoding and hashing is most of the time of a validation. The outcome is the same as loading
     * them one after the other: on failure, the failure of the first failing file in order.
     */
    private static List<ParsedMigration> loadAll(Path folder, List<String> names, long[] keys) {
        Object[] loaded = new Object[names.size()];
        Instant readAt = Instant.now();
        IntStream.range(0, loaded.length).parallel().forEach(i -> {
            try {
                String name = names.get(i);
                loaded[i] = MigrationParser.load(folder.resolve(name), name, keys[i] >>> INDEX_BITS, readAt);
            } catch (RuntimeException e) {
                loaded[i] = e;
            }
        });
        List<ParsedMigration> files = new ArrayList<>(loaded.length);
        for (Object outcome : loaded) {
            if (outcome instanceof RuntimeException failure) {
                throw failure;
            }
            files.add((ParsedMigration) outcome);
        }
        return files;
    }

    /**
     * @param folder the migrations folder
     * @return the paths of its migration files, sorted by file name
     */
    static List<Path> list(Path folder) {
        List<String> names = names(folder);
        Collections.sort(names);
        List<Path> paths = new ArrayList<>(names.size());
        for (String name : names) {
            paths.add(folder.resolve(name));
        }
        return paths;
    }

    /**
     * @param folder the migrations folder
     * @return the names of its migration files, in the order the folder lists them
     */
    private static List<String> names(Path folder) {
        if (!Files.exists(folder)) {
            return new ArrayList<>();
        }
        if (!Files.isDirectory(folder)) {
            throw new MigrationParseException(folder, 0,
                    "the migrations folder is a file, not a folder; point the configuration at the folder"
                            + " holding the NNNN_name.sql files",
                    null);
        }
        List<String> names = new ArrayList<>();
        String[] listed = folder.getFileSystem() == FileSystems.getDefault() ? folder.toFile().list() : null;
        if (listed != null) {
            // java.io lists names and tests files with a native call each, about half the time of
            // a DirectoryStream of paths in a fresh JVM; it gives no reason for a failure, so
            // the DirectoryStream below lists a folder that it cannot
            File directory = folder.toFile();
            for (String name : listed) {
                if (FileName.isMigrationFile(name) && new File(directory, name).isFile()) {
                    names.add(name);
                }
            }
            return names;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (FileName.isMigrationFile(name) && Files.isRegularFile(entry)) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new MigrationParseException(folder, 0, "cannot list the migrations folder: " + e, e);
        }
        return names;
    }
}
