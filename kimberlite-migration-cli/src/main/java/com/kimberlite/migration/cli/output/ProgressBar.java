package com.kimberlite.migration.cli.output;

/**
 * A progress bar on the last line of a terminal, redrawn in place with a carriage return:
 * {@code [########------------] 8/20 8 add_index}. Lines printed while it is shown go above it:
 * call {@link #clear()} before printing one. Draws nothing when not visible.
 */
public final class ProgressBar {

    private static final int WIDTH = 30;

    private final Output output;
    private final int total;
    private final boolean visible;
    private int done;
    private int shownWidth;

    /**
     * @param output where to draw
     * @param total the number of steps
     * @param visible whether to draw at all (only on an interactive terminal)
     */
    public ProgressBar(Output output, int total, boolean visible) {
        this.output = output;
        this.total = total;
        this.visible = visible && output.interactive();
    }

    /** @return the steps finished so far */
    public int done() {
        return done;
    }

    /**
     * Draws the bar.
     *
     * @param steps steps finished
     * @param label what runs now
     */
    public void show(int steps, String label) {
        done = steps;
        if (!visible) {
            return;
        }
        int filled = total == 0 ? WIDTH : Math.min(WIDTH, done * WIDTH / total);
        String bar = "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + label;
        clear();
        output.partial(output.style().code(bar));
        shownWidth = Style.width(bar);
    }

    /**
     * Counts one more step finished and draws the bar.
     *
     * @param label what runs next
     */
    public void advance(String label) {
        show(done + 1, label);
    }

    /** Removes the bar, leaving the cursor at the start of the empty line. */
    public void clear() {
        if (shownWidth > 0) {
            output.partial("\r" + " ".repeat(shownWidth) + "\r");
            shownWidth = 0;
        }
    }
}
