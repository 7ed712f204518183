package com.kimberlite.migration.benchmarks.scenario;

import com.kimberlite.migration.benchmarks.harness.ChildJvm;
import com.kimberlite.migration.benchmarks.harness.Report;
import com.kimberlite.migration.benchmarks.harness.Report.Format;
import com.kimberlite.migration.benchmarks.harness.Samples;
import com.kimberlite.migration.benchmarks.tools.Tool;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The times of each tool at one size on one database, and the trials that failed. A tool that
 * fails once is not run again at that size: its figure is left out and the failure reported.
 */
final class ToolFigures {

    /** What a trial reports of the JVM's own work while the clock ran, with each figure's heading. */
    private static final Map<String, String> JVM_WORK = jvmWork();

    private final Map<Tool, Samples> samples = new EnumMap<>(Tool.class);
    private final Map<Tool, Map<String, Samples>> jvmWork = new EnumMap<>(Tool.class);
    private final List<String> failures = new ArrayList<>();

    /**
     * @param tool a tool
     * @return whether it has not failed here
     */
    boolean shouldRun(Tool tool) {
        return failures.stream().noneMatch(failure -> failure.startsWith(tool.label() + ":"));
    }

    /**
     * @param tool the tool
     * @param outcome one trial of it
     */
    void add(Tool tool, ChildJvm.Outcome outcome) {
        if (outcome.succeeded()) {
            samples.computeIfAbsent(tool, t -> new Samples()).add(outcome.number("ms"));
            for (String key : JVM_WORK.keySet()) {
                if (outcome.result().containsKey(key)) {
                    jvmWork.computeIfAbsent(tool, t -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new Samples())
                            .add(outcome.number(key));
                }
            }
        } else {
            failures.add(tool.label() + ": failed (exit " + outcome.exitCode() + "), see " + outcome.log());
        }
    }

    /**
     * @param tool a tool
     * @return its times in ms; empty when it failed
     */
    Samples of(Tool tool) {
        return samples.getOrDefault(tool, new Samples());
    }

    /**
     * Adds a table of what the JVM itself did while each tool's clock ran: the CPU time of the
     * process (every thread: the tool's, the JIT compilers' and the collectors'), the time of the
     * garbage collections (G1's pauses) and how many, and the time the JIT compilers spent, each
     * the median of the runs. A tool whose trials did not report them is left out.
     *
     * @param report where to write
     * @param title the first heading, naming the database and size
     * @param tools the tools, in the table's order
     */
    void jvmWorkTable(Report report, String title, List<Tool> tools) {
        List<String> header = new ArrayList<>(List.of(title, "time"));
        header.addAll(JVM_WORK.values());
        List<List<String>> rows = new ArrayList<>();
        for (Tool tool : tools) {
            Map<String, Samples> work = jvmWork.get(tool);
            if (work == null || !work.keySet().containsAll(JVM_WORK.keySet())) {
                continue;
            }
            String time = Format.count(Math.round(of(tool).median())) + " ms";
            List<String> row = new ArrayList<>(List.of(tool.label(), time));
            JVM_WORK.keySet().forEach(key -> row.add(Format.count(Math.round(work.get(key).median()))
                    + (key.equals("gcCount") ? "" : " ms")));
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            report.table(header, rows);
        }
    }

    private static Map<String, String> jvmWork() {
        Map<String, String> headings = new LinkedHashMap<>();
        headings.put("cpuMs", "process CPU");
        headings.put("gcMs", "GC pauses");
        headings.put("gcCount", "collections");
        headings.put("jitMs", "JIT compiling");
        return headings;
    }

    /** @return one line per failed tool */
    List<String> failures() {
        return List.copyOf(failures);
    }

    /**
     * @param tool a tool
     * @param other another
     * @return the ratio of their medians
     */
    double ratio(Tool tool, Tool other) {
        return of(tool).median() / of(other).median();
    }
}
