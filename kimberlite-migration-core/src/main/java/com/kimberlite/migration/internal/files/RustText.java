package com.kimberlite.migration.internal.files;

/**
 * Text operations with the exact semantics of Rust's {@code str} methods that Kimberlite's own
 * tool uses, which differ from Java's {@code trim()} and {@code strip()}.
 */
public final class RustText {

    private RustText() {
    }

    /**
     * Whether a character has the Unicode {@code White_Space} property, as Rust's
     * {@code char::is_whitespace}: tab, line feed, vertical tab, form feed, carriage return, space,
     * U+0085, U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F and U+3000 (not
     * U+001C to U+001F, which Java's {@link Character#isWhitespace(char)} includes).
     *
     * @param c the character
     * @return whether Rust counts it as whitespace
     */
    public static boolean isWhitespace(char c) {
        if (c <= 0x20) {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
        if (c < 0x85) {
            return false;
        }
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
                || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /**
     * Rust's {@code str::trim}: removes whitespace in the sense of {@link #isWhitespace(char)} at
     * both ends.
     *
     * @param s the text
     * @return the text without leading and trailing whitespace
     */
    public static String trim(CharSequence s) {
        return trim(s, 0, s.length());
    }

    /**
     * Rust's {@code str::trim} of a part of a text, cut from it once.
     *
     * @param s the text
     * @param from the index of the part's first character
     * @param to the index after its last character
     * @return {@code s[from..to)} without leading and trailing whitespace
     */
    public static String trim(CharSequence s, int from, int to) {
        int start = trimStart(s, from, to);
        return s.subSequence(start, trimEnd(s, start, to)).toString();
    }

    /**
     * @param s the text
     * @param from the index of a part's first character
     * @param to the index after its last character
     * @return the index of the part's first character that is not whitespace in the sense of
     *     {@link #isWhitespace(char)}, or {@code to} when there is none
     */
    static int trimStart(CharSequence s, int from, int to) {
        int start = from;
        while (start < to && isWhitespace(s.charAt(start))) {
            start++;
        }
        return start;
    }

    /**
     * @param s the text
     * @param from the index of a part's first character
     * @param to the index after its last character
     * @return the index after the part's last character that is not whitespace in the sense of
     *     {@link #isWhitespace(char)}, or {@code from} when there is none
     */
    static int trimEnd(CharSequence s, int from, int to) {
        int end = to;
        while (end > from && isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
