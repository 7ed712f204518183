package com.kimberlite.migration.benchmarks.scenario;

import com.kimberlite.migration.benchmarks.db.DatabaseKind;
import com.kimberlite.migration.benchmarks.harness.Harness;
import com.kimberlite.migration.benchmarks.harness.Report;
import com.kimberlite.migration.benchmarks.harness.Report.Format;
import com.kimberlite.migration.benchmarks.tools.Tool;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 2: the no-op start. All N migrations are applied already; each tool's call validates and
 * finds nothing pending. The databases are those the apply scenario left fully applied (or, when
 * it did not run, applied here first, untimed); a no-op run changes nothing in them, so every run
 * of a tool starts from the same state.
 */
public final class NoopScenario implements Scenario {

    /**
     * The tools timed: those that keep records, the floor of reading and hashing every file, and that
     * floor with the rows of the jdbc tracker's records read as well.
     */
    private static final List<Tool> MEASURED = List.of(Tool.OURS_FILE, Tool.OURS_JDBC, Tool.FLYWAY, Tool.LIQUIBASE,
            Tool.READ_AND_HASH, Tool.READ_HASH_AND_ROWS);

    private final AppliedDatabases databases;

    /** @param databases the migration folders and databases shared with the apply scenario */
    NoopScenario(AppliedDatabases databases) {
        this.databases = databases;
    }

    @Override
    public String name() {
        return "noop";
    }

    @Override
    public void run(Harness harness) {
        Report report = harness.report();
        List<Integer> counts = harness.settings().applyCounts();
        report.section("2. No-op start: N migrations applied, nothing pending");
        report.note("Time of the same call as in scenario 1 (ours apply(), Flyway migrate() with validate-on-migrate,"
                + " Liquibase update) when every migration is applied: read and check every file against the"
                + " records, find nothing to do. Fresh JVM per run; median (min–max) of "
                + ApplyScenario.runsText(harness.settings(), harness.settings().noopRunsAtLargestCount())
                + ". Raw JDBC keeps no records, so it has no no-op start. The floor row reads and SHA-256-hashes"
                + " every file of the folder in a fresh JVM and does nothing else; the second floor row does the same,"
                + " then reads the id and checksum of every row of the jdbc tracker's table with plain JDBC. The second"
                + " table of each database gives what the JVM itself did while the clock ran at the largest N"
                + " (medians): the process's CPU time (all threads), the garbage collectors' pauses and their"
                + " number, and the JIT compilers' time (the elapsed time of their"
                + " compilations, summed over their threads).");
        for (DatabaseKind kind : DatabaseKind.values()) {
            Map<Integer, ToolFigures> byCount = new LinkedHashMap<>();
            for (int count : counts) {
                byCount.put(count, measure(harness, kind, count));
            }
            table(report, kind, counts, byCount);
            ToolFigures largest = byCount.get(harness.settings().largestCount());
            largest.jvmWorkTable(report, kind.label() + ", N = " + Format.count(harness.settings().largestCount())
                    + ", the JVM's own work", MEASURED);
            for (Tool ours : List.of(Tool.OURS_FILE, Tool.OURS_JDBC)) {
                String what = "no-op start, " + kind.label() + ", N = " + Format.count(harness.settings().largestCount())
                        + ": " + ours.label() + " ÷ ";
                report.target(what + "Flyway", largest.ratio(ours, Tool.FLYWAY), 0.2);
                report.target(what + "Liquibase", largest.ratio(ours, Tool.LIQUIBASE), 0.2);
            }
            report.note("No-op start, " + kind.label() + ", N = " + Format.count(harness.settings().largestCount())
                    + ": the JVM floor of reading and hashing every file takes "
                    + Format.ratio(largest.ratio(Tool.READ_AND_HASH, Tool.FLYWAY)) + " of Flyway's time; ours (file"
                    + " tracker) takes " + Format.ratio(largest.ratio(Tool.OURS_FILE, Tool.READ_AND_HASH))
                    + " of the floor, ours (jdbc tracker) "
                    + Format.ratio(largest.ratio(Tool.OURS_JDBC, Tool.READ_AND_HASH)) + "; with the rows of the"
                    + " records read as well, the floor takes " + Format.ratio(largest.ratio(Tool.READ_HASH_AND_ROWS,
                            Tool.FLYWAY)) + " of Flyway's time, and ours (jdbc tracker) "
                    + Format.ratio(largest.ratio(Tool.OURS_JDBC, Tool.READ_HASH_AND_ROWS)) + " of it.");
        }
    }

    private ToolFigures measure(Harness harness, DatabaseKind kind, int count) {
        Map<Tool, AppliedDatabases.Applied> applied = new EnumMap<>(Tool.class);
        Tool.TRACKING.forEach(tool -> applied.put(tool, databases.fullyApplied(tool, kind, count)));
        applied.put(Tool.READ_AND_HASH, applied.get(Tool.OURS_FILE).runBy(Tool.READ_AND_HASH));
        applied.put(Tool.READ_HASH_AND_ROWS, applied.get(Tool.OURS_JDBC).runBy(Tool.READ_HASH_AND_ROWS));
        ToolFigures figures = new ToolFigures();
        for (int run = 1; run <= harness.settings().noopRunsAt(count); run++) {
            for (Tool tool : MEASURED) {
                if (figures.shouldRun(tool)) {
                    figures.add(tool, databases.run(applied.get(tool), "noop-" + kind + "-" + count + "-" + tool));
                }
            }
        }
        Tool.TRACKING.forEach(tool -> databases.release(applied.get(tool)));
        for (Tool tool : MEASURED) {
            harness.report().samples("noop", tool.name(), kind.name(), Integer.toString(count), "ms", figures.of(tool));
        }
        return figures;
    }

    private static void table(Report report, DatabaseKind kind, List<Integer> counts, Map<Integer, ToolFigures> byCount) {
        List<String> header = new ArrayList<>(List.of(kind.label()));
        counts.forEach(count -> header.add("N = " + Format.count(count)));
        header.add("ours (file) ÷ this, N = " + Format.count(counts.get(counts.size() - 1)));
        List<List<String>> rows = new ArrayList<>();
        ToolFigures largest = byCount.get(counts.get(counts.size() - 1));
        for (Tool tool : MEASURED) {
            List<String> row = new ArrayList<>(List.of(tool.label()));
            counts.forEach(count -> row.add(Format.millis(byCount.get(count).of(tool))));
            row.add(Format.ratio(largest.ratio(Tool.OURS_FILE, tool)));
            rows.add(row);
        }
        report.table(header, rows);
        byCount.values().forEach(figures -> figures.failures().forEach(failure -> report.note("Failed: " + failure)));
    }
}
