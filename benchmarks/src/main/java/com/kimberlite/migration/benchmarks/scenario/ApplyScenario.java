package com.kimberlite.migration.benchmarks.scenario;

import com.kimberlite.migration.benchmarks.Settings;
import com.kimberlite.migration.benchmarks.db.DatabaseKind;
import com.kimberlite.migration.benchmarks.harness.Harness;
import com.kimberlite.migration.benchmarks.harness.Report;
import com.kimberlite.migration.benchmarks.harness.Report.Format;
import com.kimberlite.migration.benchmarks.tools.Tool;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 1: apply N migrations to an empty database with each tool, tools alternating, each run
 * on a fresh database in a fresh JVM. The last run of each tracking tool leaves its database for
 * the no-op scenario.
 */
public final class ApplyScenario implements Scenario {

    private final AppliedDatabases databases;

    /** @param databases the migration folders and databases shared with the no-op scenario */
    ApplyScenario(AppliedDatabases databases) {
        this.databases = databases;
    }

    @Override
    public String name() {
        return "apply";
    }

    @Override
    public void run(Harness harness) {
        Report report = harness.report();
        List<Integer> counts = harness.settings().applyCounts();
        report.section("1. Apply N migrations to an empty database");
        report.note("Time of the tool's call alone (apply / migrate / update), in a fresh JVM per run, from a fresh"
                + " database; median (min–max) of " + applyRunsText(harness.settings())
                + ". Each migration: CREATE TABLE, one INSERT,"
                + " CREATE INDEX, in its own transaction. After each database's targets, a table of what the JVM"
                + " itself did while the clock ran at the largest N (medians): the process's CPU time (all"
                + " threads), the garbage collectors' pauses and their number, and the JIT compilers' time (the"
                + " elapsed time of their compilations, summed over their threads).");
        for (DatabaseKind kind : DatabaseKind.values()) {
            Map<Integer, ToolFigures> byCount = new LinkedHashMap<>();
            for (int count : counts) {
                byCount.put(count, measure(harness, kind, count));
            }
            table(report, kind, counts, byCount);
            targets(report, kind, counts, byCount);
            int largest = harness.settings().largestCount();
            byCount.get(largest).jvmWorkTable(report, kind.label() + ", N = " + Format.count(largest)
                    + ", the JVM's own work", Tool.APPLYING);
        }
    }

    private ToolFigures measure(Harness harness, DatabaseKind kind, int count) {
        ToolFigures figures = new ToolFigures();
        Map<Tool, Integer> runsOf = new EnumMap<>(Tool.class);
        Tool.APPLYING.forEach(tool -> runsOf.put(tool, harness.settings().applyRunsAt(count, tool)));
        int rounds = Collections.max(runsOf.values());
        // the tools alternate in each round; a tool with fewer runs sits out the last rounds
        for (int run = 1; run <= rounds; run++) {
            for (Tool tool : Tool.APPLYING) {
                int runs = runsOf.get(tool);
                if (run > runs || !figures.shouldRun(tool)) {
                    continue;
                }
                AppliedDatabases.Applied applied = databases.fresh(tool, kind, count);
                figures.add(tool, databases.run(applied, "apply-" + kind + "-" + count + "-" + tool));
                boolean keep = run == runs && Tool.TRACKING.contains(tool) && figures.shouldRun(tool);
                if (keep) {
                    databases.retain(applied);
                } else {
                    databases.release(applied);
                }
            }
        }
        for (Tool tool : Tool.APPLYING) {
            harness.report().samples("apply", tool.name(), kind.name(), Integer.toString(count), "ms",
                    figures.of(tool));
        }
        return figures;
    }

    private static void table(Report report, DatabaseKind kind, List<Integer> counts, Map<Integer, ToolFigures> byCount) {
        List<String> header = new ArrayList<>(List.of(kind.label()));
        counts.forEach(count -> {
            header.add("N = " + Format.count(count));
            header.add("÷ raw JDBC");
        });
        boolean scales = counts.size() > 1;
        if (scales) {
            header.add("t(" + Format.count(counts.get(counts.size() - 1)) + ") ÷ t("
                    + Format.count(counts.get(0)) + ")");
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Tool tool : Tool.APPLYING) {
            List<String> row = new ArrayList<>(List.of(tool.label()));
            for (int count : counts) {
                ToolFigures figures = byCount.get(count);
                row.add(Format.millis(figures.of(tool)));
                row.add(Format.ratio(figures.ratio(tool, Tool.RAW_JDBC)));
            }
            if (scales) {
                row.add(Format.ratio(scaling(byCount, counts, tool)));
            }
            rows.add(row);
        }
        byCount.values().forEach(figures -> failures.addAll(figures.failures()));
        report.table(header, rows);
        failures.forEach(failure -> report.note("Failed: " + failure));
    }

    private static void targets(Report report, DatabaseKind kind, List<Integer> counts,
            Map<Integer, ToolFigures> byCount) {
        for (Tool ours : List.of(Tool.OURS_FILE, Tool.OURS_JDBC)) {
            for (int count : counts) {
                ToolFigures figures = byCount.get(count);
                String what = "apply, " + kind.label() + ", N = " + Format.count(count) + ": "
                        + ours.label() + " ÷ ";
                report.target(what + "raw JDBC", figures.ratio(ours, Tool.RAW_JDBC), 1.25);
                report.target(what + "Flyway", figures.ratio(ours, Tool.FLYWAY), 0.5);
                report.target(what + "Liquibase", figures.ratio(ours, Tool.LIQUIBASE), 0.5);
                Tool floor = ours == Tool.OURS_FILE ? Tool.RAW_JDBC_FORCED_APPENDS : Tool.RAW_JDBC_RECORD_ROWS;
                report.note("Apply, " + kind.label() + ", N = " + Format.count(count) + ": " + ours.label() + " ÷ "
                        + floor.label() + " (the floor of a durable record " + (ours == Tool.OURS_FILE ? "in files"
                        : "in the database") + "): " + Format.ratio(figures.ratio(ours, floor)) + ".");
            }
            if (counts.size() > 1) {
                report.target("apply scaling, " + kind.label() + ", " + ours.label() + ": t(N = "
                        + Format.count(counts.get(counts.size() - 1)) + ") ÷ t(N = "
                        + Format.count(counts.get(0)) + ")", scaling(byCount, counts, ours), 11);
            }
        }
    }

    private static double scaling(Map<Integer, ToolFigures> byCount, List<Integer> counts, Tool tool) {
        return byCount.get(counts.get(counts.size() - 1)).of(tool).median() / byCount.get(counts.get(0)).of(tool)
                .median();
    }

    /**
     * @param settings the run's settings
     * @return the repetitions of the apply figures, as {@link #runsText} words them, or with those of
     *     the peers at the largest N apart: "5 runs (at N = 10,000: 3 of this library and the raw
     *     JDBC floors, 1 of Flyway and Liquibase)"
     */
    private static String applyRunsText(Settings settings) {
        if (settings.applyRunsAtLargestCount() == settings.peerApplyRunsAtLargestCount()) {
            return runsText(settings, settings.applyRunsAtLargestCount());
        }
        return settings.runs() + " runs (at N = " + Format.count(settings.largestCount()) + ": "
                + settings.applyRunsAtLargestCount() + " of this library and the raw JDBC floors, "
                + settings.peerApplyRunsAtLargestCount() + " of Flyway and Liquibase)";
    }

    /**
     * @param settings the run's settings
     * @param atLargest the repetitions at the largest N
     * @return "5 runs", or "5 runs (1 at N = 10,000)"
     */
    static String runsText(Settings settings, int atLargest) {
        int runs = settings.runs();
        return runs == atLargest ? runs + " runs" : runs + " runs (" + atLargest + " at N = "
                + Format.count(settings.largestCount()) + ")";
    }
}
