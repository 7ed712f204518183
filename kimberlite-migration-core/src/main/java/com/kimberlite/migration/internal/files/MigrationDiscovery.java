package com.kimberlite.migration.internal.files;

import com.kimberlite.migration.DuplicateMigrationIdException;
import com.kimberlite.migration.MigrationFile;
import com.kimberlite.migration.MigrationParseException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Finds the migration files of a folder: the regular files directly in it whose names end in
 * lowercase {@code .sql} (links followed; folders skipped), each read once, sorted by id; two
 * files with one id are an error. Files are loaded in parallel.
 */
public final class MigrationDiscovery {

    private MigrationDiscovery() {
    }

    /**
     * @param folder the migrations folder; one that does not exist holds no migrations
     * @return the parsed files sorted by id
     * @throws DuplicateMigrationIdException if two files share an id
     * @throws MigrationParseException if {@code folder} is a file or cannot be listed, or a file
     *     cannot be read
     */
    public static List<MigrationFile> discover(Path folder) {
        List<Path> paths = list(folder);
        TreeMap<Long, List<Path>> byId = new TreeMap<>();
        for (Path path : paths) {
            byId.computeIfAbsent(FileName.id(path.getFileName().toString()), id -> new ArrayList<>()).add(path);
        }
        for (Map.Entry<Long, List<Path>> entry : byId.entrySet()) {
            if (entry.getValue().size() > 1) {
                throw new DuplicateMigrationIdException(entry.getKey(), entry.getValue(), byId.lastKey() + 1);
            }
        }
        return loadAll(byId.values().stream().map(withId -> withId.get(0)).toList());
    }

    /**
     * Loads files on every core (the common fork-join pool and the calling thread): reading,
     * decoding and hashing is most of the time of a validation. The outcome is the same as loading
     * them one after the other: on failure, the failure of the first failing file in order.
     */
    private static List<MigrationFile> loadAll(List<Path> paths) {
        Object[] loaded = new Object[paths.size()];
        IntStream.range(0, paths.size()).parallel().forEach(i -> {
            try {
                loaded[i] = MigrationFile.load(paths.get(i));
            } catch (RuntimeException e) {
                loaded[i] = e;
            }
        });
        List<MigrationFile> files = new ArrayList<>(loaded.length);
        for (Object outcome : loaded) {
            if (outcome instanceof RuntimeException failure) {
                throw failure;
            }
            files.add((MigrationFile) outcome);
        }
        return files;
    }

    /**
     * @param folder the migrations folder
     * @return the paths of its migration files, sorted by file name
     */
    static List<Path> list(Path folder) {
        if (!Files.exists(folder)) {
            return List.of();
        }
        if (!Files.isDirectory(folder)) {
            throw new MigrationParseException(folder, 0,
                    "the migrations folder is a file, not a folder; point the configuration at the folder"
                            + " holding the NNNN_name.sql files",
                    null);
        }
        List<String> names = new ArrayList<>();
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
        Collections.sort(names);
        List<Path> paths = new ArrayList<>(names.size());
        for (String name : names) {
            paths.add(folder.resolve(name));
        }
        return paths;
    }
}
