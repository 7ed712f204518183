package com.kimberlite.migration.internal.state;

import java.nio.charset.StandardCharsets;

/**
 * Writes TOML the way Kimberlite's own tool does ({@code toml::to_string_pretty}): bare keys,
 * {@code key = value} lines, {@code [[name]]} headers. Strings are basic strings; for values
 * without {@code "}, {@code \} or control characters the output is byte-identical to the Rust
 * tool's (which picks literal or multi-line strings for the others; both read back equal).
 */
public final class TomlWriter {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder out = new StringBuilder();

    /**
     * Starts a table of an array of tables.
     *
     * @param name the array's key
     * @return this writer
     */
    public TomlWriter arrayTable(String name) {
        out.append("[[").append(name).append("]]\n");
        return this;
    }

    /** @return this writer, after an empty line */
    public TomlWriter blankLine() {
        out.append('\n');
        return this;
    }

    /**
     * @param key the key
     * @param value the value
     * @return this writer, after {@code key = value}
     */
    public TomlWriter integer(String key, long value) {
        out.append(key).append(" = ").append(value).append('\n');
        return this;
    }

    /**
     * @param key the key
     * @param value the value, written as a basic string
     * @return this writer, after {@code key = "value"}
     */
    public TomlWriter string(String key, String value) {
        out.append(key).append(" = ").append(basicString(value)).append('\n');
        return this;
    }

    /**
     * @param key the key
     * @return this writer, after {@code key = []}
     */
    public TomlWriter emptyArray(String key) {
        out.append(key).append(" = []\n");
        return this;
    }

    /** @return what was written, as UTF-8 */
    public byte[] toBytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * A TOML basic string: {@code "} and {@code \} escaped with a backslash, tab and line feed as
     * {@code \t} and {@code \n}, every other control character (U+0000 to U+001F, U+007F) as
     * {@code \}{@code uXXXX}; everything else as it is.
     *
     * @param value the value
     * @return the value in double quotes, escaped
     */
    public static String basicString(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\t' -> quoted.append("\\t");
                case '\n' -> quoted.append("\\n");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        quoted.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
