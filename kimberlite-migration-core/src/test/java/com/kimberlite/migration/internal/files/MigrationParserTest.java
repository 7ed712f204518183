package com.kimberlite.migration.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kimberlite.migration.ChecksumMismatchException;
import com.kimberlite.migration.MigrationParseException;
import com.kimberlite.migration.MigrationScript.Direction;
import com.kimberlite.migration.interop.InteropVectors;
import com.kimberlite.migration.support.Checksums;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The streaming parser with the body left in the file ({@code inMemoryLimit} 0) and chunks of a few
 * bytes, so that every line break, surrogate pair and byte order mark also falls on a chunk boundary;
 * compared with a file read whole ({@link MigrationParser#load(Path)} of a small file).
 */
class MigrationParserTest {

    private static final int TINY_CHUNK = 5;

    @TempDir
    Path dir;

    static Stream<Path> interopCases() {
        return InteropVectors.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interopCases")
    void everyInteropVectorReadsFromTheFileLikeTheRustCrate(Path caseFolder) {
        JsonNode expected = InteropVectors.expected(caseFolder);
        Path input = caseFolder.resolve(expected.get("path").asString());

        ParsedMigration parsed = MigrationParser.load(input, 0, TINY_CHUNK);

        String sql = expected.get("sql").asString();
        String down = expected.get("down_sql").isNull() ? "" : expected.get("down_sql").asString();
        assertThat(parsed.body().inMemory()).isEqualTo(sql.isEmpty());
        assertThat(parsed.name()).isEqualTo(expected.get("name").asString());
        assertThat(parsed.checksum()).isEqualTo(expected.get("checksum").asString());
        assertThat(parsed.body().text()).isEqualTo(sql);
        assertThat(parsed.body().section(Direction.UP)).isEqualTo(expected.get("up_sql").asString());
        assertThat(parsed.body().section(Direction.DOWN)).isEqualTo(down);
        assertThat(Checksums.readAll(parsed.body().open(Direction.UP))).isEqualTo(expected.get("up_sql").asString());
        assertThat(Checksums.readAll(parsed.body().open(Direction.DOWN))).isEqualTo(down);
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 6, 7, 64 * 1024})
    void randomFilesReadTheSameFromMemoryAndFromTheFile(int chunkSize) throws IOException {
        // the ASCII pieces first: every other file is made of them alone, and is read from its bytes
        String[] pieces = {"\n", "\r", "\r\n", " ", "\t", "\u001c", "-", "--", "-- ", "x", "'",
            "SELECT 1;", "-- Down Migration", "  -- Down Migration x", "Migration: m", "Transaction: none", "Author: a",
            "\u00a0", "\u0085", "\u00e9", "\ud83d\ude00", "\ufeff"};
        int asciiPieces = 17;
        Random random = new Random(chunkSize);
        Path file = dir.resolve("0001_random.sql");
        for (int n = 0; n < 400; n++) {
            StringBuilder text = new StringBuilder();
            int drawn = n % 2 == 0 ? asciiPieces : pieces.length;
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(pieces[random.nextInt(drawn)]);
            }
            Files.writeString(file, text);

            ParsedMigration memory = MigrationParser.load(file);
            ParsedMigration streamed = MigrationParser.load(file, 0, chunkSize);

            String sql = memory.body().text();
            assertThat(streamed.checksum()).isEqualTo(memory.checksum()).isEqualTo(Checksums.sha256(sql));
            assertThat(streamed.firstSqlLine()).isEqualTo(memory.firstSqlLine());
            assertThat(streamed.name()).isEqualTo(memory.name());
            assertThat(streamed.author()).isEqualTo(memory.author());
            assertThat(streamed.transactional()).isEqualTo(memory.transactional());
            assertThat(streamed.body().text()).isEqualTo(sql);
            assertThat(memory.body()).isEqualTo(MigrationBody.of(sql)).hasSameHashCodeAs(MigrationBody.of(sql));
            assertThat(memory.body().length()).isEqualTo(sql.length());
            for (Direction direction : Direction.values()) {
                assertThat(Checksums.readAll(streamed.body().open(direction))).isEqualTo(memory.body().section(direction))
                        .isEqualTo(MigrationBody.of(sql).section(direction));
                assertThat(streamed.body().line(direction)).isEqualTo(memory.body().line(direction))
                        .isEqualTo(MigrationBody.of(sql).line(direction));
            }
        }
    }

    @Test
    void crlfFileReadsLikeItsLfTwin() throws IOException {
        String lf = "-- Migration: twins\n\nCREATE TABLE t (a INT);\nINSERT INTO t VALUES (1);\n\n"
                + "-- Down Migration\n\nDROP TABLE t;\n";
        Path lfFile = write("0001_lf.sql", lf);
        Path crlfFile = write("0002_crlf.sql", lf.replace("\n", "\r\n"));

        ParsedMigration expected = MigrationParser.load(lfFile);
        ParsedMigration crlf = MigrationParser.load(crlfFile, 0, TINY_CHUNK);

        assertThat(crlf.checksum()).isEqualTo(expected.checksum());
        assertThat(crlf.firstSqlLine()).isEqualTo(3);
        assertThat(crlf.body().text()).isEqualTo("CREATE TABLE t (a INT);\nINSERT INTO t VALUES (1);\n\n"
                + "-- Down Migration\n\nDROP TABLE t;");
        assertThat(Checksums.readAll(crlf.body().open(Direction.UP))).isEqualTo("CREATE TABLE t (a INT);\nINSERT INTO t VALUES (1);");
        assertThat(Checksums.readAll(crlf.body().open(Direction.DOWN))).isEqualTo("DROP TABLE t;");
        assertThat(crlf.body().line(Direction.DOWN)).isEqualTo(6);
    }

    @Test
    void byteOrderMarkIsDroppedWhateverTheChunks() throws IOException {
        Path file = dir.resolve("0001_bom.sql");
        Files.write(file, ("\ufeff-- Migration: bom\r\nSELECT 1;").getBytes(StandardCharsets.UTF_8));

        ParsedMigration parsed = MigrationParser.load(file, 0, 4);

        assertThat(parsed.name()).isEqualTo("bom");
        assertThat(parsed.firstSqlLine()).isEqualTo(2);
        assertThat(parsed.body().text()).isEqualTo("SELECT 1;");
    }

    @Test
    void invalidUtf8DeepInALongFileNamesItsLineAndByteOffset() throws IOException {
        String line = "INSERT INTO t VALUES (1, 'abcdefghij');\n";
        int lines = 50_000;
        byte[] bytes = (line.repeat(lines) + "SELECT 'caf\u00e9';\n").getBytes(StandardCharsets.ISO_8859_1);
        Path file = dir.resolve("0001_latin1.sql");
        Files.write(file, bytes);
        long offset = (long) line.length() * lines + "SELECT 'caf".length();

        assertThatThrownBy(() -> MigrationParser.load(file))
                .isInstanceOf(MigrationParseException.class)
                .hasMessage("Failed to parse migration file " + file + ": line " + (lines + 1) + ": stream did not"
                        + " contain valid UTF-8 (invalid byte 0xe9 at byte offset " + offset + "); save the file as UTF-8")
                .satisfies(e -> assertThat(((MigrationParseException) e).line()).isEqualTo(lines + 1));
    }

    @Test
    void invalidUtf8InASmallFileNamesItsLineAndByteOffsetToo() throws IOException {
        Path file = dir.resolve("0001_small.sql");
        Files.write(file,
                "-- Migration: small\nSELECT 1;\nSELECT 'caf\u00e9';\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> MigrationParser.load(file))
                .isInstanceOf(MigrationParseException.class)
                .hasMessage("Failed to parse migration file " + file + ": line 3: stream did not contain valid UTF-8"
                        + " (invalid byte 0xe9 at byte offset 41); save the file as UTF-8");
    }

    @Test
    void folderNamedLikeAMigrationIsNamedAsAFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("0001_folder.sql"));

        assertThatThrownBy(() -> MigrationParser.load(folder))
                .isInstanceOf(MigrationParseException.class)
                .hasMessage("Failed to parse migration file " + folder + ": it is a folder, not a file; move it out of"
                        + " the migrations folder or rename it");
    }

    @Test
    void missingFileIsNamedAsMissing() {
        Path file = dir.resolve("0001_gone.sql");

        assertThatThrownBy(() -> MigrationParser.load(file))
                .isInstanceOf(MigrationParseException.class)
                .hasMessage("Failed to parse migration file " + file + ": the file does not exist");
    }

    @Test
    void replacementCharacterWrittenInTheFileIsKept() throws IOException {
        String sql = "SELECT '\ufffd';\r\nSELECT 2;";
        Path file = write("0001_replacement.sql", "-- Migration: r\r\n" + sql + "\r\n");

        ParsedMigration parsed = MigrationParser.load(file);

        assertThat(parsed.body().text()).isEqualTo("SELECT '\ufffd';\nSELECT 2;");
        assertThat(parsed.checksum()).isEqualTo(Checksums.sha256("SELECT '\ufffd';\nSELECT 2;"));
    }

    @Test
    void downSectionStreamsFromTheLineAfterTheMarker() throws IOException {
        String up = "INSERT INTO t VALUES ('-- Down Migration');\n".repeat(1000);
        Path file = write("0001_down.sql", "-- Migration: down\n\n" + up + "\n-- Down Migration: undo\n\n\n"
                + "  DELETE FROM t;\nDROP TABLE t;\n\n");

        ParsedMigration parsed = MigrationParser.load(file, 0, 1024);

        assertThat(Checksums.readAll(parsed.body().open(Direction.DOWN))).isEqualTo("DELETE FROM t;\nDROP TABLE t;");
        assertThat(parsed.firstSqlLine() + parsed.body().line(Direction.DOWN) - 1).isEqualTo(3 + 1000 + 4);
        assertThat(Checksums.readAll(parsed.body().open(Direction.UP))).isEqualTo(up.strip());
    }

    @Test
    void bodyChangedAfterLoadingIsRefusedWhenReadAgain() throws IOException {
        Path file = write("0001_changed.sql", "CREATE TABLE t (a INT);\n-- Down Migration\nDROP TABLE t;\n");
        ParsedMigration parsed = MigrationParser.load(file, 0, TINY_CHUNK);
        write("0001_changed.sql", "CREATE TABLE u (a INT);\n-- Down Migration\nDROP TABLE t;\n");

        for (Direction direction : Direction.values()) {
            assertThatThrownBy(() -> Checksums.readAll(parsed.body().open(direction)))
                    .isInstanceOf(ChecksumMismatchException.class)
                    .hasMessageStartingWith("Checksum mismatch for migration 1: expected " + parsed.checksum());
        }
        assertThatThrownBy(() -> parsed.body().text()).isInstanceOf(ChecksumMismatchException.class);
    }

    @Test
    void bodyOverTheLimitInAFileReadAtOnceIsReadAgainOnlyWhenItsTextOrSectionsAreNeeded() throws IOException {
        String body = "CREATE TABLE t (a INT);\n" + "INSERT INTO t VALUES (1);\n".repeat(200)
                + "\n-- Down Migration\nDROP TABLE t;";
        Path file = write("0001_long.sql", "-- Migration: long\r\n\r\n" + body + "\n");
        ParsedMigration parsed = MigrationParser.load(file);
        assertThat(body.length()).isGreaterThan(MigrationParser.IN_MEMORY_LIMIT);
        assertThat(parsed.body().inMemory()).isFalse();
        assertThat(parsed.checksum()).isEqualTo(Checksums.sha256(body));
        assertThat(parsed.body().length()).isEqualTo(body.length());

        assertThat(parsed.body().line(Direction.DOWN)).isEqualTo(MigrationBody.of(body).line(Direction.DOWN));
        assertThat(parsed.body().section(Direction.DOWN)).isEqualTo("DROP TABLE t;");
        assertThat(parsed.body().text()).isEqualTo(body);
        assertThat(parsed.body()).isEqualTo(MigrationParser.load(file).body());

        ParsedMigration unread = MigrationParser.load(file);
        Files.delete(file);
        assertThat(unread.body().length()).isEqualTo(body.length());
        assertThatThrownBy(() -> unread.body().line(Direction.DOWN)).isInstanceOf(MigrationParseException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void headerEditAfterLoadingLeavesTheBodyValid() throws IOException {
        Path file = write("0001_header.sql", "-- Migration: a\nSELECT 1;\n");
        ParsedMigration parsed = MigrationParser.load(file, 0, TINY_CHUNK);
        write("0001_header.sql", "-- Migration: renamed\r\n-- Author: someone\r\n\r\nSELECT 1;\r\n");

        assertThat(Checksums.readAll(parsed.body().open(Direction.UP))).isEqualTo("SELECT 1;");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 64 * 1024})
    void headerCommentsLoseEveryLeadingPairOfDashesAndTheWhitespaceAroundAsInRust(int chunkSize) throws IOException {
        Path file = write("0001_dashes.sql", " \t---- Migration:\u00a0 add  users \t\r\n"
                + "-- -- Author: hidden\n"
                + "---Transaction: none\n"
                + "--Author:\u2003ana \n"
                + "--\n"
                + "SELECT 1;");

        ParsedMigration parsed = MigrationParser.load(file, 0, chunkSize);

        assertThat(parsed.name()).isEqualTo("add  users");
        assertThat(parsed.author()).contains("ana");
        assertThat(parsed.transactional()).isTrue();
        assertThat(parsed.firstSqlLine()).isEqualTo(6);
    }
}
