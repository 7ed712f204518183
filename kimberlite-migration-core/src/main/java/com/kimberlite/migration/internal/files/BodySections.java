package com.kimberlite.migration.internal.files;

/**
 * Finds the up- and down-section of a migration body as the body streams by: where each begins
 * and ends, and on which line of the body it begins.
 *
 * <p>The marker is the first line of its own whose text, after leading whitespace, starts with
 * {@code -- Down Migration} (Kimberlite's own tool also splits at the text in the middle of a line,
 * or inside a string literal; that is a bug there and deliberately not reproduced). The up-section
 * is the body before the marker line with trailing whitespace trimmed; without a marker, the whole
 * body trimmed at both ends. The down-section is the text after the marker line, trimmed at both
 * ends; empty when there is no marker, no line after it, or only whitespace. "Whitespace" and
 * "trim" are Rust's ({@link RustText}).
 *
 * <p>Memory: a few counters, whatever the length of the body.
 */
final class BodySections implements BodyListener {

    /** The text that starts the down-section. */
    static final String DOWN_MARKER = "-- Down Migration";

    /** Marker state: the line holds no marker (or one was found already). */
    private static final int NO_MARKER = -1;

    private long position;
    private long line = 1;
    private long firstText = -1;
    private long firstTextLine;
    private long textEnd;
    private long textEndBeforeLine;
    private int marker;
    private long upEnd = -1;
    private boolean downOpen;
    private long downStart = -1;
    private long downLine;

    /**
     * @param body a whole body
     * @return its sections
     */
    static Sections of(String body) {
        BodySections sections = new BodySections();
        char[] chars = body.toCharArray();
        sections.body(chars, 0, chars.length);
        return sections.finish();
    }

    @Override
    public void body(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == '\n') {
                line++;
                if (upEnd >= 0) {
                    downOpen = true;
                } else {
                    marker = 0;
                    textEndBeforeLine = textEnd;
                }
            } else if (!RustText.isWhitespace(c)) {
                if (firstText < 0) {
                    firstText = position;
                    firstTextLine = line;
                }
                if (downOpen && downStart < 0) {
                    downStart = position;
                    downLine = line;
                }
                textEnd = position + 1;
                matchMarker(c);
            } else if (marker > 0) {
                matchMarker(c);
            }
            position++;
        }
    }

    /**
     * Ends the body.
     *
     * @return the sections of everything passed to {@link #body}
     */
    Sections finish() {
        Section up;
        if (upEnd >= 0) {
            up = new Section(0, upEnd, 1);
        } else if (firstText >= 0) {
            up = new Section(firstText, textEnd, firstTextLine);
        } else {
            up = Section.EMPTY;
        }
        Section down = downStart >= 0 ? new Section(downStart, textEnd, downLine) : Section.EMPTY;
        return new Sections(new Section(0, position, 1), up, down);
    }

    /** Matches the marker's next character, after the whitespace a marker line may begin with. */
    private void matchMarker(char c) {
        if (marker == NO_MARKER) {
            return;
        }
        if (c != DOWN_MARKER.charAt(marker)) {
            marker = NO_MARKER;
            return;
        }
        marker++;
        if (marker == DOWN_MARKER.length()) {
            upEnd = textEndBeforeLine;
            marker = NO_MARKER;
        }
    }

    /**
     * A part of a body.
     *
     * @param start the index, in the body, of its first character
     * @param end the index after its last character; {@code start} when it is empty
     * @param line the 1-based line of the body on which it begins
     */
    record Section(long start, long end, long line) {

        /** An empty section. */
        static final Section EMPTY = new Section(0, 0, 1);

        /** @return whether the section holds no character */
        boolean isEmpty() {
            return end == start;
        }
    }

    /**
     * The sections of one body.
     *
     * @param whole the whole body
     * @param up the up-section
     * @param down the down-section
     */
    record Sections(Section whole, Section up, Section down) {
    }
}
