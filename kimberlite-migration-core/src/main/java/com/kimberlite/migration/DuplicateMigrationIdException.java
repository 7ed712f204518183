package com.kimberlite.migration;

import java.nio.file.Path;
import java.util.List;

/**
 * Two or more migration files with the same id, such as {@code 0001_a.sql} and {@code 1_b.sql}.
 *
 * <p>Message: {@code Duplicate migration id 1: 0001_a.sql, 1_b.sql}, then the fix: give the
 * newer file the next free id.
 */
public class DuplicateMigrationIdException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final transient List<Path> files;

    /**
     * @param id the id that occurs more than once
     * @param files the files with that id, sorted by name
     * @param nextFreeId the id to give to the newer files instead
     */
    public DuplicateMigrationIdException(long id, List<Path> files, long nextFreeId) {
        super("Duplicate migration id " + id + ": " + fileNames(files)
                + ". Each migration needs its own id: rename the newer file to use id "
                + nextFreeId + " (the next free id), keeping the one that was applied.");
        this.id = id;
        this.files = List.copyOf(files);
    }

    private static String fileNames(List<Path> files) {
        StringBuilder names = new StringBuilder();
        for (Path file : files) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append(file.getFileName());
        }
        return names.toString();
    }

    /** @return the id that occurs more than once */
    public long id() {
        return id;
    }

    /** @return the files with that id */
    public List<Path> files() {
        return files;
    }
}
