package com.kimberlite.migration.benchmarks.workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Many migration files of equal size, in this library's layout, for the files-only scenario.
 *
 * @param folder the migrations folder
 * @param count how many files
 * @param bytes their total size
 */
public record FileSet(Path folder, int count, long bytes) {

    private static final int ROWS_PER_STATEMENT = 10;

    /**
     * @param folder a folder that does not exist yet
     * @param count how many files
     * @param totalBytes their least total size
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static FileSet write(Path folder, int count, long totalBytes) throws IOException {
        Files.createDirectories(folder);
        long each = totalBytes / count;
        long total = 0;
        for (int i = 1; i <= count; i++) {
            Path file = folder.resolve(String.format("%04d_f_%d.sql", i, i));
            InsertScript.write(file, "f_" + i, each, ROWS_PER_STATEMENT);
            total += Files.size(file);
        }
        return new FileSet(folder, count, total);
    }
}
