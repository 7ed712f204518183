package com.kimberlite.migration.boot.autoconfigure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the one setting the starter takes from a project's {@code kimberlite.toml}: the
 * {@code directory} key of its {@code [migrations]} table (or the dotted key
 * {@code migrations.directory} at the top level), a TOML basic or literal string.
 *
 * <p>Every other key and table is ignored; a line that is not understood is skipped, so an
 * unusual file never stops the application (the default folder is then used).
 */
final class KimberliteToml {

    /** The project file the Rust tool reads, looked for in the working folder. */
    static final Path FILE = Path.of("kimberlite.toml");

    private KimberliteToml() {
    }

    /**
     * @param file a {@code kimberlite.toml}; a file that does not exist has no setting
     * @return the value of {@code [migrations] directory}, if set
     * @throws UncheckedIOException if the file exists and cannot be read
     */
    static Optional<String> migrationsDirectory(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String table = "";
            Optional<String> directory = Optional.empty();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (text.startsWith("[")) {
                    table = text.startsWith("[[") ? "[[" : text.substring(1, Math.max(1, text.indexOf(']'))).strip();
                }
                else if (table.equals("migrations") && isKey(text, "directory")) {
                    directory = value(text);
                }
                else if (table.isEmpty() && isKey(text, "migrations.directory")) {
                    directory = value(text);
                }
            }
            return directory;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), ex);
        }
    }

    private static boolean isKey(String line, String key) {
        int equals = line.indexOf('=');
        if (equals < 0) {
            return false;
        }
        String name = line.substring(0, equals).replace("\"", "").replace(" ", "");
        return name.equals(key);
    }

    private static Optional<String> value(String line) {
        String value = line.substring(line.indexOf('=') + 1).strip();
        if (value.length() < 2) {
            return Optional.empty();
        }
        char quote = value.charAt(0);
        int end = quote == '"' ? closingQuote(value) : value.indexOf('\'', 1);
        if ((quote != '"' && quote != '\'') || end < 0) {
            return Optional.empty();
        }
        String content = value.substring(1, end);
        return Optional.of(quote == '"' ? unescape(content) : content);
    }

    private static int closingQuote(String value) {
        for (int i = 1; i < value.length(); i++) {
            if (value.charAt(i) == '\\') {
                i++;
            }
            else if (value.charAt(i) == '"') {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String content) {
        StringBuilder text = new StringBuilder(content.length());
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\\' && i + 1 < content.length()) {
                char escaped = content.charAt(++i);
                switch (escaped) {
                    case 't' -> text.append('\t');
                    case 'n' -> text.append('\n');
                    case 'r' -> text.append('\r');
                    case 'u' -> {
                        text.append(unicode(content, i + 1));
                        i += 4;
                    }
                    default -> text.append(escaped);
                }
            }
            else {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static char unicode(String content, int start) {
        try {
            return (char) Integer.parseInt(content.substring(start, Math.min(start + 4, content.length())), 16);
        }
        catch (NumberFormatException ex) {
            return '\uFFFD';
        }
    }
}
