package com.kimberlite.migration.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kimberlite.migration.ChecksumMismatchException;
import com.kimberlite.migration.MigrationFile;
import com.kimberlite.migration.MigrationScript;
import com.kimberlite.migration.MigrationScript.Direction;
import com.kimberlite.migration.SqlStatement;
import com.kimberlite.migration.internal.files.MigrationParser;
import com.kimberlite.migration.support.Checksums;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bodies just below and just above the length kept in memory, and one in a file too long to be read
 * at once, read, hash and split alike; only the longer ones are read from their files again, and
 * refused there if they changed.
 */
class LargeMigrationFileTest {

    private static final int LIMIT = MigrationParser.IN_MEMORY_LIMIT;
    private static final String HEADER = "-- Migration: big\r\n-- Author: me\r\n\r\n";
    private static final int FIRST_SQL_LINE = 4;
    /** Longer than the part of a file read at once: the file streams. */
    private static final int STREAMED = 256 * 1024;
    private static final int ROWS = LIMIT / 64;
    private static final String DOWN = "\n-- Down Migration\n\nDELETE FROM t;\nDROP TABLE t;";

    @TempDir
    Path dir;

    @Test
    void bodiesJustBelowAndJustAboveTheLimitGiveTheSameChecksumsStatementsAndLines() throws IOException {
        for (int length : new int[] {LIMIT, LIMIT + 1, STREAMED}) {
            String body = body(length);
            Path path = dir.resolve("0001_len" + length + ".sql");
            Files.writeString(path, HEADER + body.replace("\n", "\r\n") + "\r\n");

            MigrationFile file = MigrationFile.load(path);

            assertThat(body).hasSize(length);
            assertThat(file.checksum()).isEqualTo(Checksums.sha256(body));
            assertThat(file.firstSqlLine()).isEqualTo(FIRST_SQL_LINE);
            assertThat(file.migration().sql()).isEqualTo(body);
            assertThat(file.upSql()).isEqualTo(body.substring(0, body.indexOf(DOWN)));
            assertThat(file.downSql()).contains("DELETE FROM t;\nDROP TABLE t;");
            assertThat(Checksums.readAll(file.openSection(Direction.UP))).isEqualTo(file.upSql());
            assertThat(file.sectionLine(Direction.DOWN)).isEqualTo(FIRST_SQL_LINE + ROWS + 3);
            assertThat(statements(file, Direction.UP)).isEqualTo(expectedUp(length));
            assertThat(statements(file, Direction.DOWN)).containsExactly(
                    new SqlStatement("DELETE FROM t", 1, FIRST_SQL_LINE + ROWS + 3),
                    new SqlStatement("DROP TABLE t", 2, FIRST_SQL_LINE + ROWS + 4));
        }
    }

    @Test
    void onlyTheBodyAboveTheLimitIsReadAgainAndRefusedWhenChanged() throws IOException {
        Path small = dir.resolve("0001_small.sql");
        Files.writeString(small, HEADER + body(LIMIT));
        MigrationFile inMemory = MigrationFile.load(small);
        Files.writeString(small, HEADER + body(LIMIT).replace("'row 1'", "'now 1'"));

        assertThat(inMemory.migration().sql()).isEqualTo(body(LIMIT));
        assertThat(statements(inMemory, Direction.UP)).isEqualTo(expectedUp(LIMIT));
        for (int length : new int[] {LIMIT + 1, STREAMED}) {
            Path large = dir.resolve("0002_large" + length + ".sql");
            Files.writeString(large, HEADER + body(length));
            MigrationFile onDisk = MigrationFile.load(large);
            Files.writeString(large, HEADER + body(length).replace("'row 1'", "'now 1'"));

            assertThat(onDisk.toString()).contains("body=" + length + " chars in the file");
            assertThatThrownBy(onDisk::migration).isInstanceOf(ChecksumMismatchException.class)
                    .hasMessageStartingWith("Checksum mismatch for migration 2: expected " + onDisk.checksum()
                            + ", found ")
                    .hasMessageContaining(large.toString());
            assertThatThrownBy(() -> statements(onDisk, Direction.UP)).isInstanceOf(ChecksumMismatchException.class);
            assertThatThrownBy(() -> statements(onDisk, Direction.DOWN)).isInstanceOf(ChecksumMismatchException.class);
        }
    }

    @Test
    void filesAreEqualWhenReadFromTheSameUnchangedFile() throws IOException {
        Path large = Files.writeString(dir.resolve("0001_large.sql"), "-- Created: 2026-01-01T00:00:00Z\n"
                + body(LIMIT + 1));

        MigrationFile first = MigrationFile.load(large);
        MigrationFile second = MigrationFile.load(large);

        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
        assertThat(first.toString()).contains("body=" + (LIMIT + 1) + " chars in the file").hasSizeLessThan(400);
    }

    /** ROWS inserts, a select padded to make the body {@code length} chars long, and the down-section. */
    private static String body(int length) {
        StringBuilder body = new StringBuilder(length);
        for (int i = 1; i <= ROWS; i++) {
            body.append("INSERT INTO t VALUES (").append(i).append(", 'row ").append(i).append("');\n");
        }
        int padding = length - body.length() - "SELECT '';".length() - DOWN.length();
        body.append("SELECT '").append("x".repeat(padding)).append("';").append(DOWN);
        return body.toString();
    }

    private static List<SqlStatement> expectedUp(int length) {
        List<SqlStatement> statements = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            statements.add(new SqlStatement("INSERT INTO t VALUES (" + i + ", 'row " + i + "')", i,
                    FIRST_SQL_LINE + i - 1));
        }
        String select = body(length).lines().skip(ROWS).findFirst().orElseThrow();
        statements.add(new SqlStatement(select.substring(0, select.length() - 1), ROWS + 1, FIRST_SQL_LINE + ROWS));
        return statements;
    }

    private static List<SqlStatement> statements(MigrationFile file, Direction direction) {
        try (Stream<SqlStatement> statements = new MigrationScript(file, direction).statements()) {
            return statements.toList();
        }
    }
}
