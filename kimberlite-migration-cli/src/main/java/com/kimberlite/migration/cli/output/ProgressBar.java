package com.kimberlite.migration.cli.output;

/**
 * A progress bar on the last line of a terminal, redrawn in place with a carriage return:
 * {@code [########------------] 8/20 0008_add_index}. Lines printed while it is shown go above
 * it: call {@link #clear()} before printing one. Draws nothing when the output is not interactive.
 */
public final class ProgressBar {

    private static final int WIDTH = 30;

    private final Output output;
    private final int total;
    private int shownWidth;

    /**
     * @param output where to draw
     * @param total the number of steps
     */
    public ProgressBar(Output output, int total) {
        this.output = output;
        this.total = total;
    }

    /**
     * Draws the bar.
     *
     * @param done steps finished
     * @param label what runs now
     */
    public void show(int done, String label) {
        if (!output.interactive()) {
            return;
        }
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String bar = "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + label;
        clear();
        output.partial(output.style().code(bar));
        shownWidth = Style.width(bar);
    }

    /** Removes the bar, leaving the cursor at the start of the empty line. */
    public void clear() {
        if (shownWidth > 0) {
            output.partial("\r" + " ".repeat(shownWidth) + "\r");
            shownWidth = 0;
        }
    }
}
