package com.kimberlite.migration.benchmarks.harness;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a child JVM reports to the harness: one line on standard output, {@value #PREFIX} followed by
 * {@code key=value} pairs separated by tabs. Values hold no tab or line break.
 */
public final class TrialOutput {

    /** The start of a result line. */
    public static final String PREFIX = "BENCH-RESULT";

    /** The line a service prints once it is ready, for the harness's stopwatch. */
    public static final String READY = "BENCH-READY";

    private TrialOutput() {
    }

    /**
     * Prints a result line.
     *
     * @param values the values, in order
     */
    public static void emit(Map<String, ?> values) {
        StringBuilder line = new StringBuilder(PREFIX);
        values.forEach((key, value) -> line.append('\t').append(key).append('=')
                .append(String.valueOf(value).replaceAll("[\\t\\r\\n]+", " ")));
        System.out.println(line);
        System.out.flush();
    }

    /**
     * @param lines a child's output
     * @return the values of its last result line; empty when it printed none
     */
    public static Map<String, String> parse(List<String> lines) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.startsWith(PREFIX + "\t")) {
                values.clear();
                for (String pair : line.substring(PREFIX.length() + 1).split("\t")) {
                    int equals = pair.indexOf('=');
                    values.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
            }
        }
        return values;
    }
}
