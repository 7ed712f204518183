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

    /** Line state: only whitespace so far on this line, which may still be the marker line. */
    private static final int LINE_START = 0;
    /** Line state: nothing more to find on this line; 1 and more: that many marker chars matched. */
    private static final int REST = -1;
    /** Characters of a whole body copied at a time to be looked at. */
    private static final int CHUNK = 1024;

    private long position;
    private long line = 1;
    private int state = LINE_START;
    private long firstText = -1;
    private long firstTextLine;
    private long textEnd;
    private long textEndBeforeLine;
    private long upEnd = -1;
    private boolean downOpen;
    private long downStart = -1;
    private long downLine;

    /**
     * @param body a whole body
     * @return its sections
     */
    static Sections of(CharSequence body) {
        BodySections sections = new BodySections();
        char[] chunk = new char[Math.min(body.length(), CHUNK)];
        for (int from = 0; from < body.length(); from += chunk.length) {
            int to = Math.min(body.length(), from + chunk.length);
            for (int i = from; i < to; i++) {
                chunk[i - from] = body.charAt(i);
            }
            sections.body(chunk, 0, to - from);
        }
        return sections.finish();
    }

    /**
     * Looks at the start of each line character by character (for the marker and the first text of
     * each section) and skips the rest of the line to its {@code \n}; once the down-section has
     * begun, only the end of the text is left to follow.
     */
    @Override
    public void body(char[] chars, int from, int to) {
        long base = position - from;
        int i = from;
        while (i < to) {
            if (downStart >= 0) {
                noteTextEnd(chars, i, to, base);
                i = to;
            } else if (state == REST) {
                int newline = indexOfNewline(chars, i, to);
                noteTextEnd(chars, i, newline, base);
                if (newline < to) {
                    newLine();
                }
                i = newline + 1;
            } else {
                char c = chars[i];
                if (c == '\n') {
                    newLine();
                } else {
                    lineStart(c, base + i);
                }
                i++;
            }
        }
        position = base + to;
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

    private void newLine() {
        line++;
        downOpen = upEnd >= 0;
        textEndBeforeLine = textEnd;
        state = LINE_START;
    }

    /** A character at the start of a line, in the leading whitespace or matching the marker. */
    private void lineStart(char c, long at) {
        if (RustText.isWhitespace(c)) {
            if (state > LINE_START) {
                matchMarker(c);
            }
            return;
        }
        if (firstText < 0) {
            firstText = at;
            firstTextLine = line;
        }
        if (downOpen && downStart < 0) {
            downStart = at;
            downLine = line;
        }
        textEnd = at + 1;
        matchMarker(c);
    }

    private void matchMarker(char c) {
        if (upEnd >= 0 || c != DOWN_MARKER.charAt(state)) {
            state = REST;
            return;
        }
        state++;
        if (state == DOWN_MARKER.length()) {
            upEnd = textEndBeforeLine;
            state = REST;
        }
    }

    /** Moves {@link #textEnd} past the last non-whitespace character of {@code chars[from..to)}, if any. */
    private void noteTextEnd(char[] chars, int from, int to, long base) {
        for (int i = to - 1; i >= from; i--) {
            if (!RustText.isWhitespace(chars[i])) {
                textEnd = base + i + 1;
                return;
            }
        }
    }

    /** @return the index of the first {@code \n} in {@code chars[from..to)}, or {@code to} */
    private static int indexOfNewline(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] == '\n') {
                return i;
            }
        }
        return to;
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
