package com.kimberlite.migration.internal.files;

import com.kimberlite.migration.MigrationFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Placeholder. */
public final class MigrationParser {
    private MigrationParser() {
    }

    public static MigrationFile load(Path path) {
        throw new UnsupportedOperationException();
    }

    public static List<MigrationFile> discover(Path path) {
        throw new UnsupportedOperationException();
    }

    public static String upSql(String sql) {
        throw new UnsupportedOperationException();
    }

    public static Optional<String> downSql(String sql) {
        throw new UnsupportedOperationException();
    }
}
