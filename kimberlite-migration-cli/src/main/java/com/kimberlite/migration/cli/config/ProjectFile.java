package com.kimberlite.migration.cli.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the few settings this tool needs from a project's {@code kimberlite.toml}:
 *
 * <pre>
 * [migrations]
 * directory = "migrations"      # a string
 * auto_timestamp = true         # true or false
 *
 * [database]
 * url = "jdbc:postgresql://localhost/app"
 * user = "app"
 * </pre>
 *
 * <p>Not a TOML parser: it understands table headers, comments, and {@code key = value} lines
 * whose value is a basic ({@code "..."}) or literal ({@code '...'}) string or a boolean. Every
 * other table and key is skipped, including values spanning several lines (arrays, multi-line
 * strings). A malformed value of one of the four keys, a key given twice, or a malformed table
 * header is an error naming the file and the line.
 */
public final class ProjectFile {

    /** The project file's name. */
    public static final String NAME = "kimberlite.toml";

    private final Path file;
    private final Map<String, Object> values = new HashMap<>();
    private String table = "";

    private ProjectFile(Path file) {
        this.file = file;
    }

    /**
     * Reads {@code kimberlite.toml} of a project folder.
     *
     * @param projectDir the project folder
     * @return its settings; {@link ProjectSettings#none()} when the file does not exist
     * @throws ProjectFileException if the file cannot be read or a value is malformed
     */
    public static ProjectSettings read(Path projectDir) {
        Path file = projectDir.resolve(NAME);
        if (!Files.exists(file)) {
            return ProjectSettings.none();
        }
        ProjectFile reader = new ProjectFile(file);
        reader.parse(readLines(file));
        return reader.settings();
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ProjectFileException(file, 0, "not UTF-8 text");
        } catch (IOException e) {
            throw new ProjectFileException(file, 0, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private void parse(List<String> lines) {
        TomlLine.Skipper skipper = new TomlLine.Skipper();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (skipper.skipping()) {
                skipper.consume(line);
                continue;
            }
            String text = TomlLine.withoutComment(line).strip();
            if (text.isEmpty()) {
                continue;
            }
            int number = index + 1;
            if (text.startsWith("[")) {
                table = tableName(text, number);
            } else {
                keyValue(text, number, skipper);
            }
        }
    }

    private String tableName(String text, int number) {
        if (text.startsWith("[[")) {
            if (!text.endsWith("]]")) {
                throw error(number, "a table header must end with ']]': " + text);
            }
            return "[[" + text.substring(2, text.length() - 2).strip() + "]]";
        }
        if (!text.endsWith("]")) {
            throw error(number, "a table header must end with ']': " + text);
        }
        return text.substring(1, text.length() - 1).strip();
    }

    private void keyValue(String text, int number, TomlLine.Skipper skipper) {
        int equals = text.indexOf('=');
        if (equals <= 0) {
            throw error(number, "expected 'key = value', found: " + text);
        }
        String key = text.substring(0, equals).strip();
        String value = text.substring(equals + 1).strip();
        String qualified = table + "." + key;
        switch (qualified) {
            case "migrations.directory", "database.url", "database.user" ->
                    set(qualified, TomlLine.string(value).orElseThrow(() -> error(number,
                            "[" + table + "] " + key + " must be a quoted string, found: " + value)), number);
            case "migrations.auto_timestamp" ->
                    set(qualified, TomlLine.bool(value).orElseThrow(() -> error(number,
                            "[migrations] auto_timestamp must be true or false, found: " + value)), number);
            default -> skipper.start(value);
        }
    }

    private void set(String key, Object value, int number) {
        if (values.putIfAbsent(key, value) != null) {
            throw error(number, key + " is defined twice");
        }
    }

    private ProjectFileException error(int line, String reason) {
        return new ProjectFileException(file, line, reason);
    }

    private ProjectSettings settings() {
        return new ProjectSettings(Optional.ofNullable((String) values.get("migrations.directory")),
                Optional.ofNullable((Boolean) values.get("migrations.auto_timestamp")),
                Optional.ofNullable((String) values.get("database.url")),
                Optional.ofNullable((String) values.get("database.user")));
    }
}
