package com.kimberlite.migration.internal.files;

import java.util.Optional;

/**
 * Splits a migration body into its up- and down-sections at the {@code -- Down Migration} line.
 *
 * <p>The marker is a line of its own whose trimmed text starts with {@code -- Down Migration}
 * (Kimberlite's own tool also splits at the text in the middle of a line, or inside a string
 * literal; that is a bug there and deliberately not reproduced).
 */
public final class Sections {

    /** The text that starts the down-section. */
    public static final String DOWN_MARKER = "-- Down Migration";

    private Sections() {
    }

    /**
     * @param sql a migration body
     * @return the part before the marker line with trailing whitespace trimmed; without a marker,
     *     the whole body trimmed at both ends
     */
    public static String upSql(String sql) {
        int marker = markerLineStart(sql);
        return marker < 0 ? RustText.trim(sql) : RustText.trimEnd(sql.substring(0, marker));
    }

    /**
     * @param sql a migration body
     * @return the text after the marker line, trimmed; empty when there is no marker, no line
     *     after it, or only whitespace
     */
    public static Optional<String> downSql(String sql) {
        int marker = markerLineStart(sql);
        if (marker < 0) {
            return Optional.empty();
        }
        int newline = sql.indexOf('\n', marker);
        String down = newline < 0 ? "" : RustText.trim(sql.substring(newline + 1));
        return down.isEmpty() ? Optional.empty() : Optional.of(down);
    }

    /**
     * @param sql a migration body
     * @return the 1-based line of the body on which the down-SQL begins, or 0 when there is none
     */
    public static int downSqlLine(String sql) {
        int marker = markerLineStart(sql);
        int newline = marker < 0 ? -1 : sql.indexOf('\n', marker);
        if (newline < 0) {
            return 0;
        }
        int line = 1 + countNewlines(sql, 0, newline + 1);
        int i = newline + 1;
        while (i < sql.length() && RustText.isWhitespace(sql.charAt(i))) {
            if (sql.charAt(i) == '\n') {
                line++;
            }
            i++;
        }
        return line;
    }

    private static int countNewlines(String sql, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (sql.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    /**
     * @param sql a migration body
     * @return the index of the first character of the marker line, or -1 when there is none
     */
    static int markerLineStart(String sql) {
        int lineStart = 0;
        while (lineStart <= sql.length()) {
            int newline = sql.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? sql.length() : newline;
            if (isMarkerLine(sql, lineStart, lineEnd)) {
                return lineStart;
            }
            if (newline < 0) {
                return -1;
            }
            lineStart = newline + 1;
        }
        return -1;
    }

    private static boolean isMarkerLine(String sql, int start, int end) {
        int i = start;
        while (i < end && RustText.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return end - i >= DOWN_MARKER.length() && sql.startsWith(DOWN_MARKER, i);
    }
}
