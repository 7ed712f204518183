package com.kimberlite.migration.benchmarks.trial;

import com.kimberlite.migration.MigrationConfig;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.benchmarks.harness.TrialOutput;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A child JVM that validates a folder of migration files against its lock file, with no database,
 * and reports the time of {@link MigrationManager#validate()} alone.
 */
public final class FilesTrial {

    private FilesTrial() {
    }

    /**
     * @param migrations the migrations folder
     * @param stateDir the state folder holding the lock file
     * @return the arguments of {@link #main}
     */
    public static List<String> args(Path migrations, Path stateDir) {
        return List.of(migrations.toString(), stateDir.toString());
    }

    /**
     * @param args as {@link #args} writes them
     */
    public static void main(String[] args) {
        long start = System.nanoTime();
        MigrationConfig config = MigrationConfig.builder().migrationsDir(Path.of(args[0])).stateDir(Path.of(args[1]))
                .build();
        new MigrationManager(config).validate();
        TrialOutput.emit(Map.of("ms", (System.nanoTime() - start) / 1e6));
    }
}
