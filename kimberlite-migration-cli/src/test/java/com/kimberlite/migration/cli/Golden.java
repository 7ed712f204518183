package com.kimberlite.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a file under {@code src/test/resources/golden/}, after masking what changes
 * from run to run: the temp folder ({@code <tmp>}), timestamps ({@code <time>}) and durations
 * ({@code <n> ms}). Run with {@code -Dgolden.update=true} to rewrite the files from the output.
 */
final class Golden {

    private static final Path FOLDER = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    static String mask(String output, Path tempRoot) {
        return output.replace(tempRoot.toAbsolutePath().toString(), "<tmp>")
                .replaceAll("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})", "<time>")
                .replaceAll("\\d+ ms\\b", "<n> ms")
                .replaceAll("\"duration_ms\": \\d+", "\"duration_ms\": <n>");
    }

    static void assertMatches(String name, String output, Path tempRoot) {
        String actual = mask(output, tempRoot);
        Path file = FOLDER.resolve(name + ".txt");
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(FOLDER);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertThat(file).as("golden file %s", file).exists();
            assertThat(actual).as("output compared with %s", file)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
