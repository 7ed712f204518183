package com.kimberlite.migration.internal.execution;

/**
 * Follows the SQL-standard function bodies of PostgreSQL 14 and later, {@code BEGIN ATOMIC ...
 * END}, inside which a {@code ;} does not end the statement.
 *
 * <p>{@link StatementScanner} reports every word outside strings and comments through {@link
 * #word} and every other token through {@link #otherToken()}; whitespace and comments are not
 * reported, so <code>BEGIN /* c *&#47; ATOMIC</code> still opens a body. Keywords match ASCII
 * letters case-insensitively. The body opens on the word {@code ATOMIC} directly after the word
 * {@code BEGIN}; inside it, {@code CASE} opens one more level and {@code END} closes one, so that
 * the {@code END} of a {@code CASE} expression does not close the body. A plain {@code BEGIN} (the
 * transaction command) opens nothing, and PL/pgSQL blocks inside dollar quotes are never seen.
 */
final class AtomicBodyTracker {

    private boolean afterBegin;
    private int beginLine;
    private int depth;
    private int startLine;

    /**
     * Reports a word.
     *
     * @param text holds the word
     * @param start index of the word's first character in {@code text}
     * @param end index after the word's last character
     * @param line the line the word is on
     */
    void word(CharSequence text, int start, int end, int line) {
        int length = end - start;
        if (length == 6 && afterBegin && matches(text, start, "atomic")) {
            if (depth++ == 0) {
                startLine = beginLine;
            }
        } else if (depth > 0 && length == 4 && matches(text, start, "case")) {
            depth++;
        } else if (depth > 0 && length == 3 && matches(text, start, "end")) {
            depth--;
        }
        afterBegin = length == 5 && matches(text, start, "begin");
        if (afterBegin) {
            beginLine = line;
        }
    }

    /** Reports a token that is not a word: punctuation, a string, an identifier in quotes. */
    void otherToken() {
        afterBegin = false;
    }

    /** @return whether a {@code BEGIN ATOMIC} body is open, so that {@code ;} does not end the statement */
    boolean isOpen() {
        return depth > 0;
    }

    /** @return the line of the {@code BEGIN} of the outermost open body */
    int startLine() {
        return startLine;
    }

    private static boolean matches(CharSequence text, int start, String lowerCaseKeyword) {
        for (int i = 0; i < lowerCaseKeyword.length(); i++) {
            if ((text.charAt(start + i) | 0x20) != lowerCaseKeyword.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
