package com.kimberlite.migration.internal.execution;

import com.kimberlite.migration.SqlStatement;

/**
 * The text of the statement being scanned, and the line the scanner stands on.
 *
 * <p>A statement starts with its first token ({@link #start}); the scanner appends nothing before
 * that, so whitespace and comments between statements are never held in memory. {@link #take}
 * hands the statement over and starts the next one. The builder is reused between statements
 * unless one statement grew it beyond 1 M chars, whose memory is then given back.
 */
final class StatementText {

    private static final int INITIAL_CAPACITY = 256;
    private static final int RETAINED_CAPACITY = 1 << 20;

    private StringBuilder text = new StringBuilder(INITIAL_CAPACITY);
    private boolean started;
    private int firstTokenLine;
    private int line;

    /** @param line the line number of the first character that will be scanned */
    StatementText(int line) {
        this.line = line;
    }

    /** @return the line the scanner stands on */
    int line() {
        return line;
    }

    /** Moves the scanner's line down by {@code lines} line breaks. */
    void addLines(int lines) {
        line += lines;
    }

    /** @return whether the current statement has its first token */
    boolean isStarted() {
        return started;
    }

    /** Marks the statement as started by a token on line {@code tokenLine}. */
    void start(int tokenLine) {
        started = true;
        firstTokenLine = tokenLine;
    }

    /** Appends one character of a token or literal. */
    void append(char c) {
        text.append(c);
    }

    /** Appends {@code chars[from]} up to, not including, {@code chars[to]}. */
    void append(char[] chars, int from, int to) {
        text.append(chars, from, to - from);
    }

    /** Appends comment text, which is kept inside a statement and dropped before it. */
    void appendIfStarted(char c) {
        if (started) {
            text.append(c);
        }
    }

    /**
     * Appends comment text from {@code chars[from]} up to, not including, {@code chars[to]}: comments
     * are kept inside a statement and dropped before it.
     */
    void appendIfStarted(char[] chars, int from, int to) {
        if (started) {
            text.append(chars, from, to - from);
        }
    }

    /** @return the number of characters appended to the current statement */
    int length() {
        return text.length();
    }

    /** @return the current statement's characters, a live view */
    CharSequence content() {
        return text;
    }

    /** @return the characters from index {@code from} to the end */
    String substring(int from) {
        return text.substring(from);
    }

    /**
     * @return whether the text ends in the word {@code E} or {@code e}, which makes a {@code '}
     *     that follows it open an escape string
     */
    boolean endsWithEscapePrefix() {
        int length = text.length();
        return length > 0 && (text.charAt(length - 1) | 0x20) == 'e'
                && (length == 1 || !SqlChars.isWordPart(text.charAt(length - 2)));
    }

    /**
     * Takes the current statement, trimmed of trailing whitespace, and starts the next one.
     *
     * @param number the statement's number
     * @return the statement
     */
    SqlStatement take(int number) {
        int end = text.length();
        while (end > 0 && SqlChars.isBlank(text.charAt(end - 1))) {
            end--;
        }
        SqlStatement statement = new SqlStatement(text.substring(0, end), number, firstTokenLine);
        if (text.capacity() > RETAINED_CAPACITY) {
            text = new StringBuilder(INITIAL_CAPACITY);
        } else {
            text.setLength(0);
        }
        started = false;
        return statement;
    }
}
