package com.kimberlite.migration;

import java.nio.file.Path;

/**
 * A migration file whose checksum no longer matches the checksum recorded for it, in the lock
 * file or in the record of its application: the file was changed after it was locked or applied.
 *
 * <p>Message: {@code Checksum mismatch for migration <id>: expected <hex>, found <hex>}, then the
 * file, where the expected checksum comes from and the fix.
 */
public class ChecksumMismatchException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final transient Path file;
    private final String expected;
    private final String actual;
    private final String recordedIn;

    /**
     * @param id the migration's id
     * @param name the migration's name
     * @param file the changed file
     * @param expected the checksum that was recorded
     * @param actual the checksum of the file as it is now
     * @param recordedIn where {@code expected} was recorded, such as the lock file's path
     */
    public ChecksumMismatchException(long id, String name, Path file, String expected, String actual,
            String recordedIn) {
        super("Checksum mismatch for migration " + id + ": expected " + expected + ", found " + actual
                + ". File " + file + " (" + name + ") was changed after its checksum was recorded in "
                + recordedIn + ". Restore the file from version control; to change the schema, add a new"
                + " migration instead of editing this one.");
        this.id = id;
        this.name = name;
        this.file = file;
        this.expected = expected;
        this.actual = actual;
        this.recordedIn = recordedIn;
    }

    /** @return the migration's id */
    public long id() {
        return id;
    }

    /** @return the migration's name */
    public String name() {
        return name;
    }

    /** @return the changed file */
    public Path file() {
        return file;
    }

    /** @return the checksum that was recorded */
    public String expected() {
        return expected;
    }

    /** @return the checksum of the file as it is now */
    public String actual() {
        return actual;
    }

    /** @return where the expected checksum was recorded (the lock file or the tracker) */
    public String recordedIn() {
        return recordedIn;
    }
}
