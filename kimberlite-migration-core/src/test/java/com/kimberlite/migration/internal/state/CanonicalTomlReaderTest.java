package com.kimberlite.migration.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.LockEntry;
import com.kimberlite.migration.StateFileException;
import com.kimberlite.migration.interop.InteropVectors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast reader reads what both tools write, declines everything else, and agrees with tomlj. */
class CanonicalTomlReaderTest {

    private static final StateSource SOURCE = StateSource.appliedFile(Path.of("applied.toml"));

    private static final String WRITTEN = new String(AppliedFileCodec.write(List.of(
            new AppliedMigration(1, "a \"b\" \\ \t\n\u0001 é 😀", "c", Instant.parse("2026-02-01T10:30:00.5Z"),
                    Optional.of("ci"), OptionalLong.of(3)),
            new AppliedMigration(4294967295L, "", "d", Instant.EPOCH, Optional.empty(), OptionalLong.empty()))),
            StandardCharsets.UTF_8);

    static Stream<Path> interopStateFiles() {
        return InteropVectors.projects().stream()
                .flatMap(p -> Stream.of(InteropVectors.lockFile(p), InteropVectors.appliedFile(p)))
                .filter(Files::exists);
    }

    @ParameterizedTest
    @MethodSource("interopStateFiles")
    void readsEveryStateFileTheRustToolWritesWithPlainNames(Path file) throws IOException {
        String text = Files.readString(file);
        boolean plain = !text.contains("'") && !text.contains("\"\"\"");

        assertThat(CanonicalTomlReader.read(text)).isEqualTo(plain ? Optional.of(TomlDocument.parseFully(text, SOURCE))
                : Optional.empty());
    }

    @Test
    void readsWhatThisLibraryWritesExactlyAsTomlj() {
        String lock = new String(LockFileCodec.write(List.of(new LockEntry(7, "x\u007F\"", "c"))),
                StandardCharsets.UTF_8);

        for (String text : List.of(WRITTEN, lock, "migrations = []\n")) {
            assertThat(CanonicalTomlReader.read(text)).contains(TomlDocument.parseFully(text, SOURCE));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"# comment\n", "a = 1 # c\n", "a=1\n", "a = 1\r\n", "a = 'x'\n", "a = \"\"\"x\"\"\"\n",
        "a = 2026-02-01T10:30:00Z\n", "a = +1\n", "a = 01\n", "a = 1_000\n", "a = 1.5\n", "a = true\n",
        "a = 1\na = 2\n", "a = []\n[[a]]\n", "[a]\n", "[[ a ]]\n", "[[a.b]]\n", "\"a\" = 1\n", "a = \"\\e\"\n",
        "a = \"\\uD800\"\n", "a = \"\\U00110000\"\n", "a = \"\\u00G0\"\n", "a = \"x\"y\"\n", "a = \"x\n",
        "a = \"\u0000\"\n", "a = \"\u007F\"\n", "a = [1]\n", " a = 1\n", "  \n", "a = 99999999999999999999\n"})
    void declinesWhatItDoesNotWrite(String text) {
        assertThat(CanonicalTomlReader.read(text)).isEmpty();
    }

    /** Every one-character deletion or insertion of a written file: accepted only where tomlj agrees. */
    @Test
    void agreesWithTomljOnEveryOneCharacterEditOfAWrittenFile() {
        String text = WRITTEN.substring(0, WRITTEN.indexOf("applied_at"))
                + "applied_at = \"x\"\n\n[[migrations]]\nid = 0\n";
        List<String> edits = new ArrayList<>();
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length()) {
                edits.add(text.substring(0, i) + text.substring(i + 1));
            }
            for (char c : "\"\\ =[]\nu#-0\tab".toCharArray()) {
                edits.add(text.substring(0, i) + c + text.substring(i));
            }
        }
        int accepted = 0;
        for (String edit : edits) {
            Optional<TomlValue.Table> fast = CanonicalTomlReader.read(edit);
            if (fast.isPresent()) {
                accepted++;
                assertThat(fast).as(edit).contains(parseFullyOrNull(edit));
            }
        }
        assertThat(accepted).isGreaterThan(edits.size() / 10);
    }

    private static TomlValue.Table parseFullyOrNull(String text) {
        try {
            return TomlDocument.parseFully(text, SOURCE);
        } catch (StateFileException e) {
            return null;
        }
    }
}
