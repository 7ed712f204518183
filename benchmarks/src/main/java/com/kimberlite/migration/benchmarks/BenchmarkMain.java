package com.kimberlite.migration.benchmarks;

import com.kimberlite.migration.benchmarks.db.DatabaseKind;
import com.kimberlite.migration.benchmarks.db.Databases;
import com.kimberlite.migration.benchmarks.harness.ChildJvm;
import com.kimberlite.migration.benchmarks.harness.Harness;
import com.kimberlite.migration.benchmarks.harness.Machine;
import com.kimberlite.migration.benchmarks.harness.Report;
import com.kimberlite.migration.benchmarks.scenario.Scenario;
import com.kimberlite.migration.benchmarks.scenario.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The harness: runs the scenarios in order and writes {@code results.md} and {@code samples.tsv}.
 *
 * <pre>
 * java -cp ... com.kimberlite.migration.benchmarks.BenchmarkMain [--quick] [--only=apply,noop,service,large,files,jmh]
 *     [--dir=benchmarks/target/bench]
 * </pre>
 *
 * <p>Started by {@code benchmarks/run}, which builds the module and passes its class path.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    /**
     * @param args {@code --quick}, {@code --only=...}, {@code --dir=...}
     * @throws Exception if a scenario cannot be run
     */
    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        Settings settings = arguments.contains("--quick") ? Settings.quick() : Settings.full();
        Path dir = Path.of(option(arguments, "--dir=", "benchmarks/target/bench"));
        Set<String> only = Arrays.stream(option(arguments, "--only=", "").split(",")).filter(s -> !s.isBlank())
                .collect(Collectors.toSet());
        Path work = dir.resolve("work");
        Path results = dir.resolve("results-" + settings.name());
        Databases.deleteTree(work);
        Databases.deleteTree(dir.resolve("logs"));
        Files.createDirectories(work);
        String heading = "## Results (" + settings.name() + " run)\n\nStarted " + Instant.now() + "; load at the start"
                + " (`uptime`): `" + Machine.load() + "`\n\n" + Machine.describe();
        Report report = new Report();
        Instant start = Instant.now();
        try (Databases databases = new Databases(work.resolve("db"))) {
            Harness harness = new Harness(settings, databases, report, work, dir.resolve("cache"),
                    new ChildJvm(dir.resolve("logs")), System.getProperty("java.class.path"));
            try (Scenarios scenarios = new Scenarios(harness)) {
                for (Scenario scenario : scenarios.all()) {
                    if (!only.isEmpty() && !only.contains(scenario.name())) {
                        continue;
                    }
                    Instant began = Instant.now();
                    System.out.println("== " + scenario.name() + " ...");
                    scenario.run(harness);
                    System.out.println("== " + scenario.name() + " done in " + Duration.between(began, Instant.now()));
                    report.write(results, heading);
                }
            }
            String postgres = "PostgreSQL server settings: synchronous_commit = "
                    + databases.postgresSetting("synchronous_commit") + ", fsync = " + databases.postgresSetting("fsync")
                    + ", shared_buffers = " + databases.postgresSetting("shared_buffers") + ".";
            heading += "\n" + postgres + " Databases: " + Arrays.stream(DatabaseKind.values()).map(DatabaseKind::label)
                    .collect(Collectors.joining(", ")) + ".\n";
        }
        heading += "\nFinished " + Instant.now() + " after " + Duration.between(start, Instant.now()).toMinutes()
                + " min; load at the end (`uptime`): `" + Machine.load() + "`\n";
        System.out.println("Results: " + report.write(results, heading).toAbsolutePath());
    }

    private static String option(List<String> arguments, String prefix, String fallback) {
        return arguments.stream().filter(argument -> argument.startsWith(prefix))
                .map(argument -> argument.substring(prefix.length())).findFirst().orElse(fallback);
    }
}
