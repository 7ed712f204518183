package com.kimberlite.migration.internal.files;

/**
 * The line rules of a migration file, applied to its text as it arrives in pieces of any size
 * (see DESIGN.md, "Migration file").
 *
 * <p>The text is split into lines on {@code \n}; a {@code \r} just before a {@code \n} is dropped.
 * While no SQL line has been seen, blank lines are dropped and lines whose trimmed text starts with
 * {@code --} are header comments: every leading {@code --} is stripped, the rest trimmed and handed
 * to {@link BodyListener#headerComment}. The first other line starts the body, which keeps
 * every line from there on, joined with {@code \n}, without a trailing newline. A byte order mark
 * as the very first character is dropped.
 *
 * <p>A file read in one piece goes through {@link #header(CharSequence, BodyListener)} and
 * {@link #body(CharSequence, int, int)} instead: the same rules, applied to the whole text.
 *
 * <p>Memory: a header line is held until its end (header lines are comments, short by nature);
 * body text is never held: it is passed on as it arrives, except for one {@code \r} or {@code \n}
 * at the end of a piece, which waits for the next character to decide whether it is kept.
 */
final class MigrationText {

    private static final char BOM = '\uFEFF';
    private static final char[] LF = {'\n'};
    private static final char[] CR = {'\r'};

    /** The header line holds only whitespace so far. */
    private static final int BLANK = 0;
    /** The header line holds whitespace and one {@code -}: a comment if a {@code -} follows. */
    private static final int DASH = 1;
    /** The header line is a comment. */
    private static final int COMMENT = 2;

    private final BodyListener listener;
    private final StringBuilder headerLine = new StringBuilder();
    private int headerState = BLANK;
    private boolean started;
    private boolean inBody;
    private char pending;
    private long newlines;

    /** @param listener told of the header comments and the body */
    MigrationText(BodyListener listener) {
        this.listener = listener;
    }

    /** @return the number of {@code \n} characters read so far */
    long newlines() {
        return newlines;
    }

    /**
     * Reads the next piece of the text.
     *
     * @param chars the array holding the piece
     * @param from the index of its first character
     * @param to the index after its last character
     */
    void accept(char[] chars, int from, int to) {
        int i = from;
        if (!started && i < to) {
            started = true;
            if (chars[i] == BOM) {
                i++;
            }
        }
        while (!inBody && i < to) {
            if (header(chars[i])) {
                i++;
            }
        }
        if (inBody) {
            body(chars, i, to);
        }
    }

    /** Ends the text: the last line needs no {@code \n}, and a {@code \n} at the very end is not kept. */
    void finish() {
        if (!inBody) {
            endHeaderLine();
        } else if (pending == '\r') {
            listener.body(CR, 0, 1);
        }
        pending = 0;
    }

    /**
     * Reads the header of a whole text: tells the listener of the header comments and of the line on
     * which the body begins, but not of the body's characters, which the caller takes from the text
     * with {@link #body(CharSequence, int, int)}. The rules are those of {@link #accept}, applied a
     * line at a time: a line that is blank is skipped, one whose first non-whitespace characters are
     * {@code --} is a comment, any other starts the body.
     *
     * @param text the whole text of a file
     * @param listener told of the header comments and of the line on which the body begins
     * @return the index in {@code text} at which the body begins (the start of its first line), or
     *     the length of {@code text} when there is no body
     */
    static int header(CharSequence text, BodyListener listener) {
        int length = text.length();
        int lineStart = length > 0 && text.charAt(0) == BOM ? 1 : 0;
        long newlines = 0;
        while (lineStart < length) {
            int lineEnd = lineStart;
            while (lineEnd < length && text.charAt(lineEnd) != '\n') {
                lineEnd++;
            }
            int first = lineStart;
            while (first < lineEnd && RustText.isWhitespace(text.charAt(first))) {
                first++;
            }
            if (first < lineEnd) {
                if (first + 1 >= lineEnd || text.charAt(first) != '-' || text.charAt(first + 1) != '-') {
                    listener.bodyStarts((int) Math.min(newlines + 1, Integer.MAX_VALUE));
                    return lineStart;
                }
                comment(listener, text, first, lineEnd);
            }
            if (lineEnd == length) {
                break;
            }
            newlines++;
            lineStart = lineEnd + 1;
        }
        return length;
    }

    /**
     * @param text the whole text of a file
     * @param start where the body begins, as {@link #header(CharSequence, BodyListener)} returned it
     * @param end where it ends, as {@link #bodyEnd} returned it
     * @return the body: {@code text[start..end)} with each {@code \r} before a {@code \n} dropped, the
     *     same characters that {@link #accept} passes on piece by piece
     */
    static String body(CharSequence text, int start, int end) {
        String body = text.subSequence(start, end).toString();
        // nearly every body holds no \r: one search for a char, and no replace to run
        return body.indexOf('\r') < 0 ? body : body.replace("\r\n", "\n");
    }

    /**
     * @param text the whole text of a file
     * @param start where the body begins
     * @return where it ends: before the one {@code \n} (or {@code \r\n}) at the very end, if any
     */
    static int bodyEnd(CharSequence text, int start) {
        int end = text.length();
        if (end > start && text.charAt(end - 1) == '\n') {
            end--;
            if (end > start && text.charAt(end - 1) == '\r') {
                end--;
            }
        }
        return end;
    }

    /** @return whether {@code c} was read into the header; {@code false} when it begins the body instead */
    private boolean header(char c) {
        if (c == '\n') {
            if (headerLine.length() > 0 && headerLine.charAt(headerLine.length() - 1) == '\r') {
                headerLine.setLength(headerLine.length() - 1);
            }
            endHeaderLine();
            newlines++;
            if (inBody) {
                pending = '\n';
            }
            return true;
        }
        if (headerState == BLANK && !RustText.isWhitespace(c)) {
            headerState = c == '-' ? DASH : -1;
        } else if (headerState == DASH) {
            headerState = c == '-' ? COMMENT : -1;
        }
        if (headerState < 0) {
            startBody();
            return false;
        }
        headerLine.append(c);
        return true;
    }

    /** Handles a complete header line: a comment, a blank line, or a lone {@code -} that starts the body. */
    private void endHeaderLine() {
        if (headerState == COMMENT) {
            comment(listener, headerLine, 0, headerLine.length());
        } else if (headerState == DASH) {
            startBody();
        }
        headerLine.setLength(0);
        headerState = BLANK;
    }

    /**
     * Tells the listener of the header comment line {@code line[from..to)}: the part of it without
     * its leading {@code --} and surrounding whitespace, as Rust's
     * {@code line.trim().trim_start_matches("--").trim()}.
     */
    private static void comment(BodyListener listener, CharSequence line, int from, int to) {
        int start = RustText.trimStart(line, from, to);
        // trailing whitespace holds no '-', so the dashes are stripped the same before trimming it
        while (to - start >= 2 && line.charAt(start) == '-' && line.charAt(start + 1) == '-') {
            start += 2;
        }
        start = RustText.trimStart(line, start, to);
        listener.headerComment(line, start, RustText.trimEnd(line, start, to));
    }

    /** Starts the body with the part of the current line read so far, which holds no line break. */
    private void startBody() {
        inBody = true;
        listener.bodyStarts((int) Math.min(newlines + 1, Integer.MAX_VALUE));
        if (headerLine.length() > 0) {
            char[] line = headerLine.toString().toCharArray();
            listener.body(line, 0, line.length);
        }
        headerLine.setLength(0);
    }

    /**
     * Passes body characters on; a {@code \r} or {@code \n} waits in {@link #pending} for the next
     * character: a {@code \r} before a {@code \n} is dropped, a {@code \n} at the very end too.
     */
    private void body(char[] chars, int from, int to) {
        int run = from;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c != '\n' && c != '\r') {
                if (pending != 0) {
                    listener.body(pending == '\n' ? LF : CR, 0, 1);
                    pending = 0;
                    run = i;
                }
                continue;
            }
            if (run < i) {
                listener.body(chars, run, i);
            }
            if (c == '\n') {
                newlines++;
                if (pending == '\n') {
                    listener.body(LF, 0, 1);
                }
            } else if (pending != 0) {
                listener.body(pending == '\n' ? LF : CR, 0, 1);
            }
            pending = c;
            run = i + 1;
        }
        if (run < to) {
            listener.body(chars, run, to);
        }
    }
}
