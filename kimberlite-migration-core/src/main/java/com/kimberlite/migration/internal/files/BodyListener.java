package com.kimberlite.migration.internal.files;

/**
 * Receives what {@link MigrationText} finds in a migration file, in file order: header comments,
 * the line on which the body begins, then the body's characters.
 */
interface BodyListener {

    /**
     * A header comment line: {@code text[from..to)}, with every leading {@code --} stripped and
     * trimmed at both ends, such as {@code Migration: add_users}. The text is only lent for the
     * duration of the call: a listener keeps strings cut from it, not the text.
     *
     * @param text the text holding the comment
     * @param from the index of the comment's first character
     * @param to the index after its last character
     */
    default void headerComment(CharSequence text, int from, int to) {
    }

    /**
     * The header has ended; called once, before the body's first character, and only when the
     * file has a body.
     *
     * @param line the 1-based line of the file on which the body begins
     */
    default void bodyStarts(int line) {
    }

    /**
     * The next characters of the body, lines joined by {@code \n} exactly as in
     * {@link com.kimberlite.migration.Migration#sql()}. The array is only lent for the duration of
     * the call: it must not be modified or kept.
     *
     * @param chars the array holding the characters
     * @param from the index of the first character
     * @param to the index after the last character
     */
    void body(char[] chars, int from, int to);
}
