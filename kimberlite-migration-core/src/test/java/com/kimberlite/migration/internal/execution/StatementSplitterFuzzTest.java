package com.kimberlite.migration.internal.execution;

import com.kimberlite.migration.SqlStatement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.kimberlite.migration.MigrationParseException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link StatementSplitter} on arbitrary and on generated scripts.
 *
 * <p>{@link #splitsAnyText} is a Jazzer fuzz test: with the environment variable {@code
 * JAZZER_FUZZ} set it fuzzes, otherwise it runs over its seed corpus in {@code
 * StatementSplitterFuzzTestInputs/splitsAnyText/}. {@link #splitsGeneratedScriptsIntoTheirStatements}
 * covers the same ground with a fixed random seed in every build.
 */
class StatementSplitterFuzzTest {

    private static final Path FILE = Path.of("0001_fuzz.sql");

    /** Statements whose text a splitter must give back exactly; none ends in a line comment. */
    private static final List<String> STATEMENTS = List.of(
            "SELECT 1",
            "INSERT INTO t VALUES ('a;b', 'it''s')",
            "SELECT E'\\';', e'\\\\', $1, a$$b",
            "SELECT \"semi;colon\" FROM \"x\"\"y\"",
            "SELECT 1 /* a /* nested; */ ; */ + 2",
            "SELECT 1 -- trailing; comment\n + 2",
            "SELECT 'multi\nline;\r\nstring'",
            "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql",
            "SELECT $tag$ $$ ; $ta $tag$",
            "DO $$\nBEGIN\n  PERFORM 1;\nEND\n$$",
            "CREATE FUNCTION g() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT CASE WHEN true THEN 1 END;\n  SELECT 2;\nEND",
            "BEGIN",
            "COMMIT",
            "SELECT 10-2/1, 'é;ü'");

    private static final List<String> SEPARATORS = List.of(
            ";", ";\n", ";\r\n", " ;\n\n", ";;\n", ";\n-- comment ; here\n", ";\n/* c; */\n", "; -- tail\n", ";\r");

    private static final List<String> PREFIXES = List.of("", "\n", "-- header\n", "/* x */\n", ";\n", "\r\n\r\n");

    private static final List<String> ENDINGS = List.of("", ";", ";\n", ";\n-- end", "\n");

    @FuzzTest
    void splitsAnyText(FuzzedDataProvider data) {
        String sql = data.consumeRemainingAsString();
        List<SqlStatement> statements;
        try {
            statements = StatementSplitter.split(sql, FILE, 1);
        } catch (MigrationParseException failure) {
            checkFailure(sql, failure);
            return;
        }
        checkStatements(sql, statements);
    }

    @Test
    void splitsGeneratedScriptsIntoTheirStatements() {
        Random random = new Random(20240611L);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder script = new StringBuilder(pick(random, PREFIXES));
            List<SqlStatement> expected = new ArrayList<>();
            int statements = 1 + random.nextInt(6);
            for (int n = 1; n <= statements; n++) {
                script.append(random.nextBoolean() ? "" : pick(random, List.of(" ", "\t", "\n")));
                String statement = pick(random, STATEMENTS);
                expected.add(new SqlStatement(statement, n, 1 + count(script, '\n')));
                script.append(statement).append(n < statements ? pick(random, SEPARATORS) : pick(random, ENDINGS));
            }
            String sql = script.toString();

            assertThat(StatementSplitter.split(sql, FILE, 1)).as(sql).containsExactlyElementsOf(expected);
            assertThat(ChunkedReader.split(sql, FILE, 1 + random.nextInt(8))).as(sql).containsExactlyElementsOf(expected);
        }
    }

    /** Checks what holds for every script that cannot be split. */
    private static void checkFailure(String sql, MigrationParseException failure) {
        assertThat(failure.line()).isBetween(1, 1 + count(sql, '\n'));
        assertThat(failure.getCause()).isNull();
        MigrationParseException inChunks = catchThrowableOfType(MigrationParseException.class,
                () -> ChunkedReader.split(sql, FILE, 1));
        assertThat(inChunks).hasMessage(failure.getMessage());
    }

    /** Checks what holds for every script that splits. */
    private static void checkStatements(String sql, List<SqlStatement> statements) {
        int end = 0;
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement statement = statements.get(i);
            String text = statement.sql();
            assertThat(statement.number()).isEqualTo(i + 1);
            assertThat(text).isNotEmpty();
            assertThat(text.trim()).isEqualTo(text);
            assertThat(statement.line()).isBetween(1, 1 + count(sql, '\n'));
            int start = sql.indexOf(text, end); // each statement is a piece of the script, in order
            assertThat(start).as("position of statement %d", i + 1).isNotNegative();
            end = start + text.length();
        }
        assertThat(ChunkedReader.split(sql, FILE, 1)).isEqualTo(statements);
        if (isFreeOfQuotesCommentsAndBodies(sql)) {
            assertThat(statements).extracting(SqlStatement::sql).containsExactlyElementsOf(
                    Arrays.stream(sql.split(";", -1)).map(String::trim).filter(s -> !s.isEmpty()).toList());
        }
    }

    private static boolean isFreeOfQuotesCommentsAndBodies(String sql) {
        return sql.chars().noneMatch(c -> c == '\'' || c == '"' || c == '$')
                && !sql.contains("--") && !sql.contains("/*")
                && !sql.toLowerCase(Locale.ROOT).contains("atomic");
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static int count(CharSequence text, char c) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            count += text.charAt(i) == c ? 1 : 0;
        }
        return count;
    }
}
