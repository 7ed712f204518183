package com.kimberlite.migration.benchmarks.scenario;

import com.kimberlite.migration.benchmarks.db.DatabaseKind;
import com.kimberlite.migration.benchmarks.db.Databases;
import com.kimberlite.migration.benchmarks.db.JdbcTarget;
import com.kimberlite.migration.benchmarks.harness.ChildJvm;
import com.kimberlite.migration.benchmarks.harness.Harness;
import com.kimberlite.migration.benchmarks.harness.Report;
import com.kimberlite.migration.benchmarks.harness.Report.Format;
import com.kimberlite.migration.benchmarks.harness.Samples;
import com.kimberlite.migration.benchmarks.tools.Tool;
import com.kimberlite.migration.benchmarks.trial.LargeTrial;
import com.kimberlite.migration.benchmarks.trial.TrialArgs;
import com.kimberlite.migration.benchmarks.workload.LargeMigration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scenario 4: one migration of multi-row INSERT statements, as large as the settings say (1 GB),
 * applied in a JVM whose heap is limited (256 MB), by this library and by raw JDBC streaming the
 * same file line by line. Reports throughput, peak heap and peak resident memory, or the failure.
 */
public final class LargeMigrationScenario implements Scenario {

    private static final List<Tool> TOOLS = List.of(Tool.OURS_FILE, Tool.RAW_JDBC);
    private static final double MB = 1_000_000.0;

    @Override
    public String name() {
        return "large";
    }

    @Override
    public void run(Harness harness) throws Exception {
        Report report = harness.report();
        LargeMigration migration = LargeMigration.prepare(harness.cache(), harness.settings().largeBytes());
        String heap = harness.settings().largeHeap();
        report.section("4. One large migration with -Xmx" + heap);
        report.note(String.format(Locale.ROOT, "One file of %,.0f MB: CREATE TABLE, then %,d rows in INSERT statements"
                + " of 100 rows, one statement per line, all in one transaction; the JVM runs with -Xmx%s. Raw JDBC"
                + " streams the same file line by line. Throughput is the file's size over the time of the call."
                + " Peak heap is the sum of each heap pool's peak (an upper bound); peak RSS is the process's VmHWM."
                + " Median (min–max) of %d runs.", migration.bytes() / MB, migration.rows(), heap,
                harness.settings().largeRuns()));
        for (DatabaseKind kind : DatabaseKind.values()) {
            measure(harness, kind, migration);
        }
    }

    private void measure(Harness harness, DatabaseKind kind, LargeMigration migration) {
        Map<Tool, Samples> throughput = new EnumMap<>(Tool.class);
        Map<Tool, Samples> heap = new EnumMap<>(Tool.class);
        Map<Tool, Samples> rss = new EnumMap<>(Tool.class);
        Map<Tool, Set<String>> failures = new EnumMap<>(Tool.class);
        for (Tool tool : TOOLS) {
            throughput.put(tool, new Samples());
            heap.put(tool, new Samples());
            rss.put(tool, new Samples());
            failures.put(tool, new LinkedHashSet<>());
        }
        for (int run = 1; run <= harness.settings().largeRuns(); run++) {
            for (Tool tool : TOOLS) {
                ChildJvm.Outcome outcome = trial(harness, kind, migration, tool, run);
                Map<String, String> result = outcome.result();
                if (result.containsKey("peakHeapBytes")) {
                    heap.get(tool).add(Double.parseDouble(result.get("peakHeapBytes")) / MB);
                    rss.get(tool).add(Double.parseDouble(result.get("peakRssBytes")) / MB);
                }
                if (outcome.succeeded() && Long.parseLong(result.get("rows")) == migration.rows()) {
                    throughput.get(tool).add(migration.bytes() / MB / (outcome.number("ms") / 1000));
                } else {
                    failures.get(tool).add(describeFailure(outcome));
                }
            }
        }
        Report report = harness.report();
        List<List<String>> rows = new ArrayList<>();
        for (Tool tool : TOOLS) {
            rows.add(List.of(tool.label(), Format.plain(throughput.get(tool), "MB/s"), Format.plain(heap.get(tool), "MB"),
                    Format.plain(rss.get(tool), "MB"), failures.get(tool).isEmpty() ? "completed every run"
                            : String.join("; ", failures.get(tool))));
            report.samples("large", tool.name(), kind.name(), Long.toString(migration.bytes()), "MB/s",
                    throughput.get(tool));
            report.samples("large-peak-heap", tool.name(), kind.name(), Long.toString(migration.bytes()), "MB",
                    heap.get(tool));
        }
        report.table(List.of(kind.label(), "throughput", "peak heap", "peak RSS", "outcome"), rows);
        String what = "large migration, " + kind.label() + ": ";
        Samples completed = throughput.get(Tool.OURS_FILE);
        report.targetHolds(what + "ours runs within the heap limit", completed.count() + " of "
                + harness.settings().largeRuns() + " runs completed, peak heap " + Format.plain(heap.get(Tool.OURS_FILE),
                        "MB"), "every run completes with -Xmx" + harness.settings().largeHeap(),
                completed.count() == harness.settings().largeRuns());
        report.targetAtLeast(what + "ours' throughput ÷ raw JDBC's",
                completed.median() / throughput.get(Tool.RAW_JDBC).median(), 0.8);
    }

    private static ChildJvm.Outcome trial(Harness harness, DatabaseKind kind, LargeMigration migration, Tool tool,
            int run) {
        JdbcTarget target = harness.databases().create(kind, "large_" + tool);
        Path state = harness.scratch("large-state").resolve(target.name());
        try {
            return harness.child("large-" + kind + "-" + tool + "-" + run, List.of("-Xmx" + harness.settings().largeHeap()),
                    LargeTrial.class, new TrialArgs(tool, migration.folder(), state, migration.rows(), target).toList());
        } finally {
            harness.databases().drop(target);
            Databases.deleteTree(state);
        }
    }

    private static String describeFailure(ChildJvm.Outcome outcome) {
        Map<String, String> result = outcome.result();
        if (result.containsKey("error")) {
            return "failed: " + result.get("error") + " at " + result.get("at");
        }
        if (result.containsKey("rows")) {
            return "wrong row count " + result.get("rows");
        }
        return "failed (exit " + outcome.exitCode() + "), see " + outcome.log();
    }
}
