package com.kimberlite.migration.internal.execution;

import com.kimberlite.migration.SqlStatement;
import com.kimberlite.migration.MigrationParseException;
import java.nio.file.Path;

/**
 * The lexer behind {@link StatementSplitter}: a state machine that consumes a script chunk by
 * chunk, collects the text of the current statement and tells when that statement is complete.
 *
 * <p>This class handles what lies between tokens: whitespace, words, punctuation, the {@code ;}
 * that ends a statement, and the openings of comments, literals and dollar-quoted strings, whose
 * insides it hands to {@link Enclosure}. Each handler consumes a run of characters that its state
 * treats alike in one loop and appends it with one call; a handler that consumes nothing changes
 * the state instead, and the character is dispatched again in the new state. So every character
 * is consumed, and every {@code '\n'} counted, exactly once.
 */
final class StatementScanner {

    private static final String UNTERMINATED_ATOMIC_BODY = "unterminated BEGIN ATOMIC function body started here;"
            + " close it with END (and each CASE inside it with its own END)";

    private enum State {
        /** Between tokens, or in punctuation and whitespace. */
        NORMAL,
        /** In a word: an identifier, keyword or number. */
        WORD,
        /** After a {@code -} that may start a line comment. */
        DASH,
        /** After a {@code /} that may start a block comment. */
        SLASH,
        /** After a {@code $} that may open a dollar-quoted string: reading the tag. */
        DOLLAR_TAG
    }

    private final Path file;
    private final StatementText text;
    private final Enclosure enclosure;
    private final AtomicBodyTracker atomicBody = new AtomicBodyTracker();
    private State state = State.NORMAL;
    private boolean complete;
    /** Line of the {@code -}, {@code /} or {@code $} of states DASH, SLASH and DOLLAR_TAG. */
    private int pendingLine;
    /** Index in the text of the current word, or of the {@code $} of the current tag. */
    private int tokenStart;

    /**
     * @param file the script's file, for error messages only
     * @param firstLine the line number of the first character that will be scanned
     */
    StatementScanner(Path file, int firstLine) {
        this.file = file;
        this.text = new StatementText(firstLine);
        this.enclosure = new Enclosure(text);
    }

    /**
     * Consumes characters until the current statement is complete or the range is used up.
     *
     * @return the index after the last character consumed
     */
    int scan(char[] chars, int from, int to) {
        int i = from;
        while (i < to && !complete) {
            i = enclosure.isOpen() ? enclosure.scan(chars, i, to) : step(chars, i, to);
        }
        return i;
    }

    /** @return whether the last {@link #scan} or {@link #finish} completed a statement */
    boolean isComplete() {
        return complete;
    }

    /**
     * Ends the input: closes what the end of the input closes (a word, a line comment, a
     * parameter such as {@code $1}) and completes the last statement if it has a token.
     *
     * @return whether a statement is complete
     * @throws MigrationParseException if a block comment, literal, dollar-quoted string or
     *     {@code BEGIN ATOMIC} body is still open, with the line where it started
     */
    boolean finish() {
        String unterminated = enclosure.finish();
        if (unterminated != null) {
            throw new MigrationParseException(file, enclosure.startLine(), unterminated, null);
        }
        switch (state) {
            case WORD -> endWord();
            case DASH -> pendingIsToken('-');
            case SLASH -> pendingIsToken('/');
            case NORMAL, DOLLAR_TAG -> state = State.NORMAL;
        }
        if (atomicBody.isOpen()) {
            throw new MigrationParseException(file, atomicBody.startLine(), UNTERMINATED_ATOMIC_BODY, null);
        }
        complete = text.isStarted();
        return complete;
    }

    /**
     * Takes the complete statement and starts the next one.
     *
     * @param number the statement's number
     * @return the statement
     */
    SqlStatement take(int number) {
        complete = false;
        return text.take(number);
    }

    private int step(char[] chars, int i, int to) {
        char c = chars[i];
        return switch (state) {
            case NORMAL -> normal(chars, i, to);
            case WORD -> word(chars, i, to);
            case DASH -> c == '-' ? openLineComment(i) : pendingIsToken('-', i);
            case SLASH -> c == '*' ? openBlockComment(i) : pendingIsToken('/', i);
            case DOLLAR_TAG -> dollarTag(c, i);
        };
    }

    private int normal(char[] chars, int i, int to) {
        char c = chars[i];
        if (c == ';') {
            return semicolon(i);
        }
        if (c == '-' || c == '/') {
            pendingLine = text.line();
            state = c == '-' ? State.DASH : State.SLASH;
            return i + 1;
        }
        if (!text.isStarted()) {
            if (SqlChars.isBlank(c)) {
                return skipBlanks(chars, i, to);
            }
            text.start(text.line());
        }
        switch (c) {
            case '\'' -> openQuote(c, text.endsWithEscapePrefix());
            case '"' -> openQuote(c, false);
            case '$' -> openDollarTag();
            default -> {
                if (!SqlChars.isWordStart(c)) {
                    return plain(chars, i, to);
                }
                tokenStart = text.length();
                state = State.WORD;
                return i;
            }
        }
        return i + 1;
    }

    private int semicolon(int i) {
        if (atomicBody.isOpen()) {
            text.append(';');
        } else {
            complete = text.isStarted();
        }
        atomicBody.otherToken();
        return i + 1;
    }

    private int skipBlanks(char[] chars, int i, int to) {
        int j = i;
        int lines = 0;
        for (; j < to && SqlChars.isBlank(chars[j]); j++) {
            lines += chars[j] == '\n' ? 1 : 0;
        }
        text.addLines(lines);
        return j;
    }

    /** Consumes plain characters and whitespace; the first character is always consumed. */
    private int plain(char[] chars, int i, int to) {
        boolean token = false;
        int lines = 0;
        int j = i;
        do {
            char c = chars[j];
            if (SqlChars.isBlank(c)) {
                lines += c == '\n' ? 1 : 0;
            } else if (SqlChars.isPlain(c) || j == i) {
                token = true;
            } else {
                break;
            }
            j++;
        } while (j < to);
        if (token) {
            atomicBody.otherToken();
        }
        text.addLines(lines);
        text.append(chars, i, j);
        return j;
    }

    private int word(char[] chars, int i, int to) {
        int j = i;
        while (j < to && SqlChars.isWordPart(chars[j])) {
            j++;
        }
        text.append(chars, i, j);
        if (j < to) {
            endWord();
        }
        return j;
    }

    private void endWord() {
        state = State.NORMAL;
        atomicBody.word(text.content(), tokenStart, text.length(), text.line());
    }

    /** Resolves a {@code -} or {@code /} that turned out not to start a comment. */
    private int pendingIsToken(char c, int i) {
        pendingIsToken(c);
        return i;
    }

    private void pendingIsToken(char c) {
        state = State.NORMAL;
        if (!text.isStarted()) {
            text.start(pendingLine);
        }
        text.append(c);
        atomicBody.otherToken();
    }

    private int openLineComment(int i) {
        text.appendIfStarted('-');
        text.appendIfStarted('-');
        state = State.NORMAL;
        enclosure.openLineComment();
        return i + 1;
    }

    private int openBlockComment(int i) {
        text.appendIfStarted('/');
        text.appendIfStarted('*');
        state = State.NORMAL;
        enclosure.openBlockComment(pendingLine);
        return i + 1;
    }

    private void openQuote(char quote, boolean backslashEscapes) {
        text.append(quote);
        atomicBody.otherToken();
        enclosure.openQuote(quote, backslashEscapes);
    }

    private void openDollarTag() {
        tokenStart = text.length();
        pendingLine = text.line();
        text.append('$');
        atomicBody.otherToken();
        state = State.DOLLAR_TAG;
    }

    private int dollarTag(char c, int i) {
        if (c == '$') {
            text.append(c);
            state = State.NORMAL;
            enclosure.openDollarQuote(text.substring(tokenStart), pendingLine);
            return i + 1;
        }
        if (SqlChars.isTagPart(c, text.length() - tokenStart == 1)) {
            text.append(c);
            return i + 1;
        }
        state = State.NORMAL; // not a dollar quote: a parameter such as $1, or a $ of an operator
        return i;
    }
}
