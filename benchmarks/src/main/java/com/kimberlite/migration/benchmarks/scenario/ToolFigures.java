package com.kimberlite.migration.benchmarks.scenario;

import com.kimberlite.migration.benchmarks.harness.ChildJvm;
import com.kimberlite.migration.benchmarks.harness.Samples;
import com.kimberlite.migration.benchmarks.tools.Tool;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The times of each tool at one size on one database, and the trials that failed. A tool that
 * fails once is not run again at that size: its figure is left out and the failure reported.
 */
final class ToolFigures {

    private final Map<Tool, Samples> samples = new EnumMap<>(Tool.class);
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
