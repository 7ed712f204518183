package com.kimberlite.migration.cli.config;

import java.util.Optional;

/** The pieces of TOML syntax {@link ProjectFile} understands: comments, strings, booleans. */
final class TomlLine {

    private TomlLine() {
    }

    /**
     * @param line a line
     * @return the line up to a {@code #} that is not inside a string
     */
    static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /**
     * @param value a value, without comment and surrounding whitespace
     * @return the string it denotes if it is one basic ({@code "..."}, with escapes) or literal
     *     ({@code '...'}) string on one line, else empty
     */
    static Optional<String> string(String value) {
        if (value.length() < 2 || value.startsWith("\"\"\"") || value.startsWith("'''")) {
            return Optional.empty();
        }
        if (value.charAt(0) == '\'') {
            int end = value.indexOf('\'', 1);
            return end == value.length() - 1 ? Optional.of(value.substring(1, end)) : Optional.empty();
        }
        return value.charAt(0) == '"' ? basicString(value) : Optional.empty();
    }

    private static Optional<String> basicString(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                return i == value.length() - 1 ? Optional.of(out.toString()) : Optional.empty();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= value.length()) {
                return Optional.empty();
            }
            int skip = escape(value, i, out);
            if (skip < 0) {
                return Optional.empty();
            }
            i += skip;
        }
        return Optional.empty();
    }

    /** Appends the escape starting at {@code at}; returns the extra characters used, or -1. */
    private static int escape(String value, int at, StringBuilder out) {
        char c = value.charAt(at);
        switch (c) {
            case '"', '\\' -> out.append(c);
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'u', 'U' -> {
                int digits = c == 'u' ? 4 : 8;
                if (at + digits >= value.length()) {
                    return -1;
                }
                try {
                    out.appendCodePoint(Integer.parseInt(value.substring(at + 1, at + 1 + digits), 16));
                } catch (IllegalArgumentException e) {
                    return -1;
                }
                return digits;
            }
            default -> {
                return -1;
            }
        }
        return 0;
    }

    /**
     * @param value a value, without comment and surrounding whitespace
     * @return {@code true} or {@code false} for those words, else empty
     */
    static Optional<Boolean> bool(String value) {
        return switch (value) {
            case "true" -> Optional.of(Boolean.TRUE);
            case "false" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    /** Skips the lines of a value that goes on past its first line: an array, a multi-line string. */
    static final class Skipper {

        private String closing;
        private int depth;

        /** @return whether the next line still belongs to a skipped value */
        boolean skipping() {
            return closing != null || depth > 0;
        }

        /** @param value the start of a value, on the line of its key, without comment */
        void start(String value) {
            for (String delimiter : new String[] {"\"\"\"", "'''"}) {
                if (value.startsWith(delimiter)) {
                    closing = value.indexOf(delimiter, 3) < 0 ? delimiter : null;
                    return;
                }
            }
            depth = Math.max(0, brackets(value));
        }

        /** @param line the next line of the skipped value */
        void consume(String line) {
            if (closing != null) {
                if (line.contains(closing)) {
                    closing = null;
                }
                return;
            }
            depth = Math.max(0, depth + brackets(withoutComment(line)));
        }

        private static int brackets(String text) {
            int delta = 0;
            char quote = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quote == '"' && c == '\\') {
                    i++;
                } else if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '[' || c == '{') {
                    delta++;
                } else if (c == ']' || c == '}') {
                    delta--;
                }
            }
            return delta;
        }
    }
}
