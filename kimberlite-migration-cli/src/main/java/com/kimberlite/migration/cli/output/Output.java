package com.kimberlite.migration.cli.output;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Objects;

/**
 * Standard output of one command run: plain lines, status lines with a symbol, and JSON. Whether
 * colours are written is decided once, in the {@link Style}.
 */
public final class Output {

    private final PrintWriter out;
    private final Style style;
    private final boolean interactive;

    /**
     * @param out where to write
     * @param style colours on or off
     * @param interactive whether the output is a terminal (progress bars are drawn only then)
     */
    public Output(PrintWriter out, Style style, boolean interactive) {
        this.out = Objects.requireNonNull(out, "out");
        this.style = Objects.requireNonNull(style, "style");
        this.interactive = interactive;
    }

    /** @return the colours */
    public Style style() {
        return style;
    }

    /** @return whether the output is an interactive terminal */
    public boolean interactive() {
        return interactive;
    }

    /**
     * Writes one line.
     *
     * @param line the text, without line end
     */
    public void line(String line) {
        out.println(line);
        out.flush();
    }

    /** Writes an empty line. */
    public void blank() {
        line("");
    }

    /**
     * Writes {@code ✓ message}, the tick in green.
     *
     * @param message what succeeded
     */
    public void success(String message) {
        line(style.green("✓") + " " + message);
    }

    /**
     * Writes {@code ⚠ message} in yellow.
     *
     * @param message what the user should know
     */
    public void warning(String message) {
        line(style.yellow("⚠ " + message));
    }

    /**
     * Writes {@code ℹ message}, the symbol in cyan.
     *
     * @param message information
     */
    public void info(String message) {
        line(style.code("ℹ") + " " + message);
    }

    /**
     * Writes one JSON document and a newline.
     *
     * @param document a value {@link Json} can write
     */
    public void json(Object document) {
        line(Json.write(document));
    }

    /**
     * Writes text without a line end and flushes, for a line that is redrawn in place.
     *
     * @param text the text
     */
    public void partial(String text) {
        out.print(text);
        out.flush();
    }

    /**
     * @param duration a duration
     * @return it in whole milliseconds, such as {@code 12 ms}
     */
    public static String duration(Duration duration) {
        return duration.toMillis() + " ms";
    }
}
