package com.kimberlite.migration.internal.execution;

/**
 * The inside of a construct that only its own closing delimiter ends, and in which a {@code ;}
 * is text: a line comment, a block comment, a string literal, an escape string, a quoted
 * identifier or a dollar-quoted string.
 *
 * <ul>
 *   <li>A line comment ends before the next {@code '\n'}, or at the end of the input.
 *   <li>A block comment ends at the <code>*&#47;</code> that matches its {@code /*}: block comments
 *       nest, as in PostgreSQL.
 *   <li>A string literal ({@code '...'}) and a quoted identifier ({@code "..."}) end at their
 *       quote character; a doubled quote character stands for itself. In an escape string
 *       ({@code E'...'}) a backslash also makes the next character stand for itself.
 *   <li>A dollar-quoted string ends at the next occurrence of its opening tag.
 * </ul>
 *
 * <p>Everything inside is appended to the statement verbatim, comments only once the statement
 * has started. Only {@code '\n'} counts as a line break.
 */
final class Enclosure {

    private enum State {
        CLOSED,
        LINE_COMMENT,
        BLOCK_COMMENT,
        /** In a block comment, after a {@code *} that may close it. */
        BLOCK_COMMENT_STAR,
        /** In a block comment, after a {@code /} that may open a nested one. */
        BLOCK_COMMENT_SLASH,
        QUOTED,
        /** In an escape string, after a backslash. */
        QUOTED_BACKSLASH,
        /** After a quote that either closes the literal or, doubled, stands for itself. */
        QUOTED_END,
        DOLLAR_BODY,
        /** In a dollar-quoted string, matching what may be the closing tag. */
        DOLLAR_CLOSE
    }

    private final StatementText text;
    private State state = State.CLOSED;
    private int startLine;
    private char quote;
    private boolean backslashEscapes;
    private int commentDepth;
    /** The opening tag of the dollar-quoted string, both {@code $} included. */
    private String tag;
    private int tagMatched;

    /** @param text the statement the inside of each construct is appended to */
    Enclosure(StatementText text) {
        this.text = text;
    }

    /** Opens a line comment whose {@code --} has been consumed. */
    void openLineComment() {
        state = State.LINE_COMMENT;
    }

    /** Opens a block comment whose {@code /*} has been consumed and that started on line {@code line}. */
    void openBlockComment(int line) {
        state = State.BLOCK_COMMENT;
        commentDepth = 1;
        startLine = line;
    }

    /**
     * Opens a literal whose opening quote has been consumed.
     *
     * @param quoteChar {@code '} for a string, {@code "} for an identifier
     * @param escapes whether a backslash escapes the next character (an {@code E'...'} string)
     */
    void openQuote(char quoteChar, boolean escapes) {
        state = State.QUOTED;
        quote = quoteChar;
        backslashEscapes = escapes;
        startLine = text.line();
    }

    /** Opens a dollar-quoted string whose opening tag (such as {@code $$} or {@code $fn$}) has been consumed. */
    void openDollarQuote(String openingTag, int line) {
        state = State.DOLLAR_BODY;
        tag = openingTag;
        startLine = line;
    }

    /** @return whether a construct is open: {@link #scan} must consume the next character */
    boolean isOpen() {
        return state != State.CLOSED;
    }

    /**
     * Consumes characters until the construct closes or the range is used up. The character
     * after a closing quote is looked at but not consumed, nor is the line break that ends a
     * line comment.
     *
     * @return the index after the last character consumed
     */
    int scan(char[] chars, int from, int to) {
        int i = from;
        while (i < to && state != State.CLOSED) {
            char c = chars[i];
            i = switch (state) {
                case LINE_COMMENT -> lineComment(chars, i, to);
                case BLOCK_COMMENT -> blockComment(chars, i, to);
                case BLOCK_COMMENT_STAR -> blockCommentStar(c, i);
                case BLOCK_COMMENT_SLASH -> blockCommentSlash(c, i);
                case QUOTED -> quoted(chars, i, to);
                case QUOTED_BACKSLASH -> escaped(c, i);
                case QUOTED_END -> quotedEnd(c, i);
                case DOLLAR_BODY -> dollarBody(chars, i, to);
                case DOLLAR_CLOSE -> dollarClose(c, i);
                case CLOSED -> i;
            };
        }
        return i;
    }

    /**
     * Ends the input: closes a line comment, or a literal whose closing quote was the last
     * character.
     *
     * @return {@code null} if nothing is left open, else why the script is invalid and what to do
     */
    String finish() {
        return switch (state) {
            case CLOSED, LINE_COMMENT, QUOTED_END -> {
                state = State.CLOSED;
                yield null;
            }
            case BLOCK_COMMENT, BLOCK_COMMENT_STAR, BLOCK_COMMENT_SLASH -> "unterminated block comment /* started here;"
                    + " close it with */" + (commentDepth > 1
                            ? " (" + commentDepth + " comments are open: block comments nest, each /* needs its own */)"
                            : "");
            case QUOTED, QUOTED_BACKSLASH -> unterminatedQuote();
            case DOLLAR_BODY, DOLLAR_CLOSE -> "unterminated dollar-quoted string " + tag + " started here; close it with "
                    + tag;
        };
    }

    /** @return the line the open construct started on */
    int startLine() {
        return startLine;
    }

    private String unterminatedQuote() {
        if (quote == '"') {
            return "unterminated quoted identifier \" started here; close it with \" (write \"\" for a \" inside it)";
        }
        if (backslashEscapes) {
            return "unterminated escape string E' started here; close it with ' (write \\' or '' for a ' inside it)";
        }
        return "unterminated string literal ' started here; close it with ' (write '' for a ' inside it)";
    }

    private int lineComment(char[] chars, int i, int to) {
        int j = i;
        while (j < to && chars[j] != '\n') {
            j++;
        }
        text.appendIfStarted(chars, i, j);
        if (j < to) {
            state = State.CLOSED;
        }
        return j;
    }

    private int blockComment(char[] chars, int i, int to) {
        int j = i;
        int lines = 0;
        for (; j < to; j++) {
            char c = chars[j];
            if (c == '*' || c == '/') {
                state = c == '*' ? State.BLOCK_COMMENT_STAR : State.BLOCK_COMMENT_SLASH;
                j++;
                break;
            }
            lines += c == '\n' ? 1 : 0;
        }
        text.addLines(lines);
        text.appendIfStarted(chars, i, j);
        return j;
    }

    private int blockCommentStar(char c, int i) {
        if (c != '/' && c != '*') {
            state = State.BLOCK_COMMENT;
            return i;
        }
        text.appendIfStarted(c);
        if (c == '/') {
            state = --commentDepth == 0 ? State.CLOSED : State.BLOCK_COMMENT;
        }
        return i + 1;
    }

    private int blockCommentSlash(char c, int i) {
        state = State.BLOCK_COMMENT;
        if (c != '*') {
            return i;
        }
        text.appendIfStarted(c);
        commentDepth++;
        return i + 1;
    }

    private int quoted(char[] chars, int i, int to) {
        char closing = quote;
        boolean escapes = backslashEscapes;
        int j = i;
        int lines = 0;
        for (; j < to; j++) {
            char c = chars[j];
            if (c == closing || c == '\\' && escapes) {
                state = c == closing ? State.QUOTED_END : State.QUOTED_BACKSLASH;
                j++;
                break;
            }
            lines += c == '\n' ? 1 : 0;
        }
        text.addLines(lines);
        text.append(chars, i, j);
        return j;
    }

    private int escaped(char c, int i) {
        text.addLines(c == '\n' ? 1 : 0);
        text.append(c);
        state = State.QUOTED;
        return i + 1;
    }

    private int quotedEnd(char c, int i) {
        if (c != quote) {
            state = State.CLOSED;
            return i;
        }
        text.append(c);
        state = State.QUOTED;
        return i + 1;
    }

    private int dollarBody(char[] chars, int i, int to) {
        int j = i;
        int lines = 0;
        for (; j < to; j++) {
            char c = chars[j];
            if (c == '$') {
                tagMatched = 1;
                state = State.DOLLAR_CLOSE;
                j++;
                break;
            }
            lines += c == '\n' ? 1 : 0;
        }
        text.addLines(lines);
        text.append(chars, i, j);
        return j;
    }

    private int dollarClose(char c, int i) {
        if (c == tag.charAt(tagMatched)) {
            text.append(c);
            if (++tagMatched == tag.length()) {
                state = State.CLOSED;
            }
            return i + 1;
        }
        if (c == '$') { // a tag holds no $, so a closing tag can only start here
            text.append(c);
            tagMatched = 1;
            return i + 1;
        }
        state = State.DOLLAR_BODY;
        return i;
    }
}
