package com.kimberlite.migration.internal.execution;

/**
 * Character classes of the SQL lexer in {@link StatementScanner}, as PostgreSQL draws them.
 *
 * <p>Whitespace is every {@code char} up to U+0020 (as {@link String#trim()}). Every {@code char}
 * from U+0080 on counts as a letter, as PostgreSQL counts every non-ASCII byte of an identifier.
 * A word is an identifier, keyword or number: a letter, digit or {@code _} followed by letters,
 * digits, {@code _} and {@code $}. A dollar-quote tag is a letter or {@code _} followed by
 * letters, digits and {@code _}. Plain characters are the remaining ASCII punctuation, which
 * neither starts a word nor has a meaning of its own to the lexer.
 */
final class SqlChars {

    private static final byte WORD_START = 1;
    private static final byte WORD_PART = 2;
    private static final byte TAG_START = 4;
    private static final byte TAG_PART = 8;
    private static final byte PLAIN = 16;

    private static final byte[] CLASSES = new byte[128];

    static {
        for (char c = '!'; c < 128; c++) {
            CLASSES[c] = PLAIN;
        }
        for (char c : ";'\"-/$".toCharArray()) {
            CLASSES[c] = 0;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            CLASSES[c] = WORD_START | WORD_PART | TAG_START | TAG_PART;
            CLASSES[c - 'a' + 'A'] = WORD_START | WORD_PART | TAG_START | TAG_PART;
        }
        CLASSES['_'] = WORD_START | WORD_PART | TAG_START | TAG_PART;
        for (char c = '0'; c <= '9'; c++) {
            CLASSES[c] = WORD_START | WORD_PART | TAG_PART;
        }
        CLASSES['$'] = WORD_PART;
    }

    private SqlChars() {
    }

    /** @return whether {@code c} is whitespace: U+0000 to U+0020 */
    static boolean isBlank(char c) {
        return c <= ' ';
    }

    /** @return whether {@code c} starts a word */
    static boolean isWordStart(char c) {
        return has(c, WORD_START);
    }

    /** @return whether {@code c} continues a word ({@code $} included) */
    static boolean isWordPart(char c) {
        return has(c, WORD_PART);
    }

    /**
     * @param first whether {@code c} would be the tag's first character
     * @return whether {@code c} may stand in a dollar-quote tag at that place
     */
    static boolean isTagPart(char c, boolean first) {
        return has(c, first ? TAG_START : TAG_PART);
    }

    /** @return whether {@code c} is plain: ASCII above U+0020, but neither {@code ;'"-/$} nor in a word */
    static boolean isPlain(char c) {
        return c < 128 && (CLASSES[c] & PLAIN) != 0;
    }

    private static boolean has(char c, byte flag) {
        return c >= 128 || (CLASSES[c] & flag) != 0;
    }
}
