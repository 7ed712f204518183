package com.kimberlite.migration.benchmarks.workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one large migration: {@code 0001_big_insert.sql}, a table and then multi-row inserts up to a
 * size, alone in its folder. Written once and kept between runs, since writing a gigabyte takes
 * a while.
 *
 * @param folder the folder holding only the migration
 * @param file the migration file
 * @param bytes its size
 * @param rows how many rows it inserts
 */
public record LargeMigration(Path folder, Path file, long bytes, long rows) {

    /** The table it creates and fills. */
    public static final String TABLE = "big_insert";

    private static final int ROWS_PER_STATEMENT = 100;
    private static final String ROWS_FILE = "rows.txt";

    /**
     * Writes the migration, or finds it written by an earlier run.
     *
     * @param cache the folder under which generated inputs are kept
     * @param bytes the least size of the migration
     * @return the migration
     * @throws IOException if it cannot be written
     */
    public static LargeMigration prepare(Path cache, long bytes) throws IOException {
        Path home = cache.resolve("large-" + bytes);
        Path folder = home.resolve("migrations");
        Path file = folder.resolve("0001_" + TABLE + ".sql");
        Path rowsFile = home.resolve(ROWS_FILE);
        if (!Files.exists(rowsFile) || !Files.exists(file)) {
            Files.createDirectories(folder);
            long rows = InsertScript.write(file, TABLE, bytes, ROWS_PER_STATEMENT);
            Files.writeString(rowsFile, Long.toString(rows));
        }
        return new LargeMigration(folder, file, Files.size(file), Long.parseLong(Files.readString(rowsFile).trim()));
    }
}
