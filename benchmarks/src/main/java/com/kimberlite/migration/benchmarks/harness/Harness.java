package com.kimberlite.migration.benchmarks.harness;

import com.kimberlite.migration.benchmarks.Settings;
import com.kimberlite.migration.benchmarks.db.Databases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What every scenario works with: the settings, the databases, the report, the folders, and the
 * means to start child JVMs on the harness's own class path.
 *
 * @param settings sizes and repetitions
 * @param databases fresh databases
 * @param report where results go
 * @param work the run's scratch folder (emptied at the start of a run)
 * @param cache where large generated inputs are kept between runs
 * @param jvm starts child JVMs
 * @param classpath the harness's class path, which child JVMs get unless said otherwise
 */
public record Harness(Settings settings, Databases databases, Report report, Path work, Path cache, ChildJvm jvm,
        String classpath) {

    /** How long one child JVM may run before it is killed. */
    public static final Duration TIMEOUT = Duration.ofMinutes(90);

    /**
     * Runs a child JVM on the harness's class path.
     *
     * @param name the log's name
     * @param jvmOptions options before the main class
     * @param main the main class
     * @param args its arguments
     * @return the outcome
     */
    public ChildJvm.Outcome child(String name, List<String> jvmOptions, Class<?> main, List<String> args) {
        return jvm.run(new ChildJvm.Spec(name, classpath, jvmOptions, main.getName(), args, Map.of()), TIMEOUT);
    }

    /**
     * @param name a name unique in the run
     * @return a folder of that name in the scratch folder (not created)
     */
    public Path scratch(String name) {
        return work.resolve(name);
    }
}
