package com.kimberlite.migration.benchmarks.scenario;

import com.kimberlite.migration.MigrationFile;
import com.kimberlite.migration.benchmarks.harness.Harness;
import com.kimberlite.migration.benchmarks.harness.Report;
import com.kimberlite.migration.benchmarks.harness.Report.Format;
import com.kimberlite.migration.benchmarks.jmh.ChecksumBenchmark;
import com.kimberlite.migration.benchmarks.jmh.SplitBenchmark;
import com.kimberlite.migration.benchmarks.workload.InsertScript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The JMH micro-benchmarks over one migration file of 1 MiB: parse + checksum against SHA-256
 * alone, and statement splitting; reported in MB/s (10^6 bytes per second).
 */
public final class MicroScenario implements Scenario {

    private static final long INPUT_BYTES = 1L << 20;

    @Override
    public String name() {
        return "jmh";
    }

    @Override
    public void run(Harness harness) throws Exception {
        Path folder = Files.createDirectories(harness.scratch("jmh"));
        Path file = folder.resolve("0001_corpus.sql");
        InsertScript.write(file, "corpus", INPUT_BYTES, 10);
        long fileBytes = Files.size(file);
        long upBytes = MigrationFile.load(file).upSql().getBytes(StandardCharsets.UTF_8).length;
        Options options = new OptionsBuilder()
                .include(ChecksumBenchmark.class.getName())
                .include(SplitBenchmark.class.getName())
                .param("file", file.toAbsolutePath().toString())
                .warmupIterations(harness.settings().jmhWarmups()).warmupTime(TimeValue.seconds(1))
                .measurementIterations(harness.settings().jmhIterations()).measurementTime(TimeValue.seconds(1))
                .forks(harness.settings().jmhForks())
                .build();
        Map<String, Result<?>> results = new HashMap<>();
        Collection<RunResult> runs = new Runner(options).run();
        runs.forEach(run -> results.put(method(run), run.getPrimaryResult()));

        Report report = harness.report();
        report.section("JMH: parse + checksum, and statement splitting");
        report.note(String.format(Locale.ROOT, "JMH %s, throughput mode; %d fork(s) × %d iterations of 1 s after %d"
                + " warm-up iterations. Input: one migration file of %,d bytes (CREATE TABLE and INSERTs of 10 rows),"
                + " in the page cache. MB/s = operations per second × bytes per operation / 10^6: the file's bytes"
                + " for the first three, the up-section's for splitting. Median of the iterations (min–max).",
                org.openjdk.jmh.util.Version.getPlainVersion(), harness.settings().jmhForks(),
                harness.settings().jmhIterations(), harness.settings().jmhWarmups(), fileBytes));
        double sha = megabytesPerSecond(results.get("sha256"), fileBytes);
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("MigrationFile.load: read, decode, parse, SHA-256 of the body", results.get("parseAndChecksum"),
                fileBytes, sha));
        rows.add(row("floor: Files.readAllBytes + MessageDigest SHA-256", results.get("readAndSha256"), fileBytes, sha));
        rows.add(row("floor: MessageDigest SHA-256 alone, bytes in memory", results.get("sha256"), fileBytes, sha));
        rows.add(row("statement splitting (MigrationScript.statements())", results.get("split"), upBytes, sha));
        report.table(List.of("benchmark", "MB/s", "÷ SHA-256 alone"), rows);
    }

    private static String method(RunResult run) {
        String benchmark = run.getParams().getBenchmark();
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    private static List<String> row(String label, Result<?> result, long bytes, double sha) {
        double median = megabytesPerSecond(result, bytes);
        return List.of(label, String.format(Locale.ROOT, "%,.0f (%,.0f–%,.0f)", median,
                result.getStatistics().getMin() * bytes / 1e6, result.getStatistics().getMax() * bytes / 1e6),
                Format.ratio(median / sha));
    }

    /** @return the median of the iterations, in MB/s */
    private static double megabytesPerSecond(Result<?> result, long bytes) {
        return result.getStatistics().getPercentile(50) * bytes / 1e6;
    }
}
