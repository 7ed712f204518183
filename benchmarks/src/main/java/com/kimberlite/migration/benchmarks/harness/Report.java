package com.kimberlite.migration.benchmarks.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The results of a run, in Markdown: one section per scenario with its tables and notes, then every
 * target with the figure measured against it. Every single measurement is also kept, one per line,
 * in a tab-separated file beside it.
 */
public final class Report {

    private final StringBuilder body = new StringBuilder();
    private final List<String> targets = new ArrayList<>();
    private final StringBuilder samples = new StringBuilder("scenario\tvariant\tdatabase\tsize\tunit\tvalues\n");

    /** @param title a scenario's heading */
    public void section(String title) {
        body.append("\n### ").append(title).append("\n\n");
    }

    /** @param text a paragraph */
    public void note(String text) {
        body.append(text).append("\n\n");
    }

    /**
     * @param header the column headings
     * @param rows the cells, row by row
     */
    public void table(List<String> header, List<List<String>> rows) {
        body.append("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(column -> body.append(" --- |"));
        body.append('\n');
        rows.forEach(row -> body.append("| ").append(String.join(" | ", row)).append(" |\n"));
        body.append('\n');
    }

    /**
     * Keeps every measurement of one figure.
     *
     * @param scenario the scenario
     * @param variant the tool or variant
     * @param database the database, or "-"
     * @param size the size parameter, such as N
     * @param unit the unit of the values
     * @param values the measurements
     */
    public void samples(String scenario, String variant, String database, String size, String unit, Samples values) {
        samples.append(String.join("\t", scenario, variant, database, size, unit, values.values().toString()))
                .append('\n');
    }

    /**
     * Records a target: a ratio measured against the most it may be.
     *
     * @param target what is promised, such as "apply, H2, N = 1,000: ours ÷ raw JDBC"
     * @param ratio the measured ratio; NaN when a figure is missing
     * @param limit the most it may be
     */
    public void target(String target, double ratio, double limit) {
        addTarget(target, measured(ratio, limit), "≤ " + Format.ratio(limit), Double.isNaN(ratio) ? null : ratio <= limit);
    }

    /**
     * Records a target: a ratio measured against the least it may be.
     *
     * @param target what is promised
     * @param ratio the measured ratio; NaN when a figure is missing
     * @param floor the least it may be
     */
    public void targetAtLeast(String target, double ratio, double floor) {
        addTarget(target, measured(ratio, floor), "≥ " + Format.ratio(floor), Double.isNaN(ratio) ? null : ratio >= floor);
    }

    /**
     * @return the ratio as {@link Format#ratio} writes it, or with three decimals where two would
     *     show the limit itself for a ratio that misses or only just meets it
     */
    private static String measured(double ratio, double limit) {
        String shown = Format.ratio(ratio);
        return shown.equals(Format.ratio(limit)) && ratio != limit
                ? String.format(Locale.ROOT, "%.3f×", ratio) : shown;
    }

    /**
     * Records a target that holds or not.
     *
     * @param target what is promised
     * @param measured what was measured, in words
     * @param limit what is promised, in words
     * @param met whether it holds
     */
    public void targetHolds(String target, String measured, String limit, boolean met) {
        addTarget(target, measured, limit, met);
    }

    /**
     * Records a target that could not be measured in this run.
     *
     * @param target what is promised
     * @param limit what is promised, in words
     * @param reason why it was not measured
     */
    public void targetNotMeasured(String target, String limit, String reason) {
        targets.add("| " + target + " | - | " + limit + " | not measured: " + reason + " |");
    }

    private void addTarget(String target, String measured, String limit, Boolean met) {
        String verdict = met == null ? "not measured: a figure is missing" : met ? "met" : "**missed**";
        targets.add("| " + target + " | " + measured + " | " + limit + " | " + verdict + " |");
    }

    /**
     * Writes {@code results.md} and {@code samples.tsv}.
     *
     * @param folder where to write them
     * @param heading what the run was (settings, machine)
     * @return the path of {@code results.md}
     */
    public Path write(Path folder, String heading) {
        StringBuilder out = new StringBuilder(heading).append('\n').append(body);
        out.append("\n### Targets\n\n| target | measured | limit | verdict |\n| --- | --- | --- | --- |\n");
        targets.forEach(line -> out.append(line).append('\n'));
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("samples.tsv"), samples);
            return Files.writeString(folder.resolve("results.md"), out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + folder, e);
        }
    }

    /** Number formats of the tables. */
    public static final class Format {

        private Format() {
        }

        /**
         * @param samples measurements in milliseconds
         * @return "median (min–max)", in ms below 10 s and in s above
         */
        public static String millis(Samples samples) {
            if (samples.count() == 0) {
                return "-";
            }
            return samples.median() < 10_000
                    ? String.format(Locale.ROOT, "%,.0f ms (%,.0f–%,.0f)", samples.median(), samples.min(), samples.max())
                    : String.format(Locale.ROOT, "%,.1f s (%,.1f–%,.1f)", samples.median() / 1000,
                            samples.min() / 1000, samples.max() / 1000);
        }

        /**
         * @param samples measurements
         * @param unit their unit
         * @return "median unit (min–max)"
         */
        public static String plain(Samples samples, String unit) {
            if (samples.count() == 0) {
                return "-";
            }
            return String.format(Locale.ROOT, "%,.1f %s (%,.1f–%,.1f)", samples.median(), unit, samples.min(),
                    samples.max());
        }

        /**
         * @param count a count
         * @return it with thousands separators: 10,000
         */
        public static String count(long count) {
            return String.format(Locale.ROOT, "%,d", count);
        }

        /**
         * @param ratio a ratio
         * @return it with two decimals and a ×, or "-" when it is not a number
         */
        public static String ratio(double ratio) {
            return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "-" : String.format(Locale.ROOT, "%.2f×", ratio);
        }
    }
}
