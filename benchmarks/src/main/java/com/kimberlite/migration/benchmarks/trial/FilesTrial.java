package com.kimberlite.migration.benchmarks.trial;

import com.kimberlite.migration.MigrationConfig;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.benchmarks.harness.TrialOutput;
import com.kimberlite.migration.benchmarks.tools.ReadAndHash;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A child JVM that validates a folder of migration files against its lock file, with no database,
 * and reports the time of {@link MigrationManager#validate()} alone; or, for the floor, the time of
 * {@link ReadAndHash#folder} over the same files.
 */
public final class FilesTrial {

    private FilesTrial() {
    }

    /**
     * @param floor whether to run the floor instead of the validation
     * @param migrations the migrations folder
     * @param stateDir the state folder holding the lock file
     * @return the arguments of {@link #main}
     */
    public static List<String> args(boolean floor, Path migrations, Path stateDir) {
        return List.of(floor ? "floor" : "validate", migrations.toString(), stateDir.toString());
    }

    /**
     * @param args as {@link #args} writes them
     * @throws IOException if the floor cannot read a file
     */
    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        Path migrations = Path.of(args[1]);
        if (args[0].equals("floor")) {
            ReadAndHash.folder(migrations);
        } else {
            new MigrationManager(MigrationConfig.builder().migrationsDir(migrations).stateDir(Path.of(args[2])).build())
                    .validate();
        }
        TrialOutput.emit(Map.of("ms", (System.nanoTime() - start) / 1e6));
    }
}
