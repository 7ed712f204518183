package com.kimberlite.migration.internal.execution;

import com.kimberlite.migration.SqlStatement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.kimberlite.migration.MigrationParseException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatementSplitterTest {

    private static final Path FILE = Path.of("migrations", "0001_test.sql");

    static Stream<Arguments> scripts() {
        return Stream.of(
                script("semicolon in a string literal", "INSERT INTO t VALUES ('a;b');\nSELECT 1;",
                        at(1, "INSERT INTO t VALUES ('a;b')"), at(2, "SELECT 1")),
                script("doubled quote in a string literal", "SELECT 'it''s; fine';SELECT 2",
                        at(1, "SELECT 'it''s; fine'"), at(1, "SELECT 2")),
                script("backslash in a standard string is no escape", "SELECT '\\';SELECT 2;",
                        at(1, "SELECT '\\'"), at(1, "SELECT 2")),
                script("semicolon and doubled quote in a quoted identifier",
                        "CREATE TABLE \"a;\"\"b\" (x int);\nSELECT 1;",
                        at(1, "CREATE TABLE \"a;\"\"b\" (x int)"), at(2, "SELECT 1")),
                script("semicolon in a line comment", "SELECT 1 -- not; the end\n+ 1;\nSELECT 2;",
                        at(1, "SELECT 1 -- not; the end\n+ 1"), at(3, "SELECT 2")),
                script("semicolon in a block comment", "SELECT /* ; */ 1;\nSELECT 2;",
                        at(1, "SELECT /* ; */ 1"), at(2, "SELECT 2")),
                script("nested block comments", "SELECT /* outer /* inner; */ still; */ 1;\nSELECT 2;",
                        at(1, "SELECT /* outer /* inner; */ still; */ 1"), at(2, "SELECT 2")),
                script("star of the opening does not close a block comment", "SELECT /*/ ; */ 1;",
                        at(1, "SELECT /*/ ; */ 1")),
                script("escape string with an escaped quote", "SELECT E'\\'';\nSELECT e'a\\\\';SELECT 3;",
                        at(1, "SELECT E'\\''"), at(2, "SELECT e'a\\\\'"), at(2, "SELECT 3")),
                script("escape string with a doubled quote and semicolon", "SELECT E'\\n'';';SELECT 2;",
                        at(1, "SELECT E'\\n'';'"), at(1, "SELECT 2")),
                script("E at the end of a longer word opens a standard string", "SELECT xe'\\';SELECT 2;",
                        at(1, "SELECT xe'\\'"), at(1, "SELECT 2")),
                script("semicolon in a dollar-quoted string", "SELECT $$a;b$$;\nSELECT 2;",
                        at(1, "SELECT $$a;b$$"), at(2, "SELECT 2")),
                script("tagged dollar quote containing $$ and a partial tag",
                        "CREATE FUNCTION f() RETURNS text AS $fn$ SELECT $$;$$; $f $fn $fn$ LANGUAGE sql;\nSELECT 1;",
                        at(1, "CREATE FUNCTION f() RETURNS text AS $fn$ SELECT $$;$$; $f $fn $fn$ LANGUAGE sql"),
                        at(2, "SELECT 1")),
                script("closing tag right after a lone $", "SELECT $a$ x$$a$;SELECT 2;",
                        at(1, "SELECT $a$ x$$a$"), at(1, "SELECT 2")),
                script("parameter placeholders are no dollar quotes",
                        "PREPARE p AS SELECT $1 + $2;\nEXECUTE p(1, 2);SELECT $1;",
                        at(1, "PREPARE p AS SELECT $1 + $2"), at(2, "EXECUTE p(1, 2)"), at(2, "SELECT $1")),
                script("dollar inside a word is no dollar quote", "SELECT a$$b FROM t;SELECT 2;",
                        at(1, "SELECT a$$b FROM t"), at(1, "SELECT 2")),
                script("CRLF line breaks", "SELECT 1;\r\n\r\nSELECT\r\n'a;\r\nb';\r\n  SELECT 3",
                        at(1, "SELECT 1"), at(3, "SELECT\r\n'a;\r\nb'"), at(6, "SELECT 3")),
                script("lone CR is no line break", "SELECT 1;\rSELECT 2;\nSELECT 3;",
                        at(1, "SELECT 1"), at(1, "SELECT 2"), at(2, "SELECT 3")),
                script("statement without a final semicolon", "SELECT 1;\nSELECT 2\n\n",
                        at(1, "SELECT 1"), at(2, "SELECT 2")),
                script("empty and comment-only statements are skipped",
                        ";;\n-- only a comment\n;\n/* block */;\nSELECT 1;;\n-- trailing",
                        at(5, "SELECT 1")),
                script("comments before the first token are dropped, comments after it kept",
                        "-- header\n/* c */ SELECT 1; -- after\nSELECT /* kept */ 2 -- kept too\n;",
                        at(2, "SELECT 1"), at(3, "SELECT /* kept */ 2 -- kept too")),
                script("minus and slash that start no comment", "SELECT 10 - 2 / 1;SELECT 1-/*x*/2;SELECT 4 -",
                        at(1, "SELECT 10 - 2 / 1"), at(1, "SELECT 1-/*x*/2"), at(1, "SELECT 4 -")),
                script("statement starting with an operator", "SELECT 1;\n\n-1;\n/ 2",
                        at(1, "SELECT 1"), at(3, "-1"), at(4, "/ 2")),
                script("non-ASCII text", "SELECT 'é;ü', naïve FROM t;SELECT 'ok'",
                        at(1, "SELECT 'é;ü', naïve FROM t"), at(1, "SELECT 'ok'")),
                script("plpgsql function and trigger", PLPGSQL_FUNCTION_AND_TRIGGER,
                        at(1, PLPGSQL_FUNCTION_AND_TRIGGER.substring(0, PLPGSQL_FUNCTION_AND_TRIGGER.indexOf("$$;") + 2)),
                        at(12, "CREATE TRIGGER posts_updated_at BEFORE UPDATE ON posts\n"
                                + "    FOR EACH ROW EXECUTE FUNCTION set_updated_at()")),
                script("BEGIN ATOMIC function body with CASE", BEGIN_ATOMIC_FUNCTION,
                        at(2, BEGIN_ATOMIC_FUNCTION.substring(BEGIN_ATOMIC_FUNCTION.indexOf("CREATE"),
                                BEGIN_ATOMIC_FUNCTION.indexOf("END;\n") + 3)),
                        at(8, "SELECT add(1, 2)")),
                script("begin atomic in lower case with a comment between the keywords",
                        "CREATE PROCEDURE p() LANGUAGE sql begin /* x */ atomic INSERT INTO t VALUES (1); end;SELECT 2;",
                        at(1, "CREATE PROCEDURE p() LANGUAGE sql begin /* x */ atomic INSERT INTO t VALUES (1); end"),
                        at(1, "SELECT 2")),
                script("plain BEGIN is a transaction command", "BEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;",
                        at(1, "BEGIN"), at(2, "INSERT INTO t VALUES (1)"), at(3, "COMMIT")),
                script("BEGIN TRANSACTION and END", "BEGIN TRANSACTION;\nSELECT 1;\nEND;",
                        at(1, "BEGIN TRANSACTION"), at(2, "SELECT 1"), at(3, "END")),
                script("BEGIN ATOMIC inside a dollar quote is text", "DO $$ BEGIN ATOMIC; END $$;SELECT 2;",
                        at(1, "DO $$ BEGIN ATOMIC; END $$"), at(1, "SELECT 2")),
                script("DO block", "DO $$\nBEGIN\n  PERFORM 1;\nEND\n$$;\nSELECT 1;",
                        at(1, "DO $$\nBEGIN\n  PERFORM 1;\nEND\n$$"), at(6, "SELECT 1")));
    }

    private static final String PLPGSQL_FUNCTION_AND_TRIGGER = """
            CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                NEW.updated_at := now(); -- stamp it
                IF NEW.note = 'x;y' THEN
                    RAISE NOTICE 'semicolon; inside';
                END IF;
                RETURN NEW;
            END;
            $$;

            CREATE TRIGGER posts_updated_at BEFORE UPDATE ON posts
                FOR EACH ROW EXECUTE FUNCTION set_updated_at();
            """;

    private static final String BEGIN_ATOMIC_FUNCTION = """
            -- Migration: add
            CREATE FUNCTION add(a integer, b integer) RETURNS integer
                LANGUAGE sql IMMUTABLE
            BEGIN ATOMIC
                SELECT CASE WHEN a IS NULL THEN 0 ELSE a END + b;
                SELECT 1; -- end; not yet
            END;
            SELECT add(1, 2);
            """;

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void splitsScriptIntoStatementsWithTheirLines(String name, String sql, List<SqlStatement> expected) {
        assertThat(StatementSplitter.split(sql, FILE, 1)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void splitsAlikeWhenTheReaderReturnsOneCharAtATime(String name, String sql, List<SqlStatement> expected) {
        assertThat(ChunkedReader.split(sql, FILE, 1)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> unterminatedScripts() {
        return Stream.of(
                failure("SELECT 1;\nSELECT 'abc;\n", 2,
                        "unterminated string literal ' started here; close it with ' (write '' for a ' inside it)"),
                failure("SELECT 'it''s", 1, "unterminated string literal ' started here"),
                failure("SELECT E'abc\\';\n", 1,
                        "unterminated escape string E' started here; close it with ' (write \\' or '' for a ' inside it)"),
                failure("\n\nSELECT \"abc;", 3, "unterminated quoted identifier \" started here; close it with \""),
                failure("SELECT 1;\n\n/* a\n */ /* b ;", 4, "unterminated block comment /* started here; close it with */"),
                failure("SELECT 1 /* a\n/* b ;", 1, "unterminated block comment /* started here; close it with */"
                        + " (2 comments are open: block comments nest, each /* needs its own */)"),
                failure("SELECT 1;\nDO $fn$\nBEGIN\nEND;\n$fn;", 2,
                        "unterminated dollar-quoted string $fn$ started here; close it with $fn$"),
                failure("SELECT $$ $", 1, "unterminated dollar-quoted string $$ started here; close it with $$"),
                failure("SELECT 1;\nCREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n SELECT 1;\n", 3,
                        "unterminated BEGIN ATOMIC function body started here;"
                                + " close it with END (and each CASE inside it with its own END)"),
                failure("CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN x THEN 1; END;",
                        1, "unterminated BEGIN ATOMIC function body started here"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unterminatedScripts")
    void reportsUnterminatedConstructWithTheLineItStartedOn(String sql, int line, String reason) {
        for (Runnable split : List.<Runnable>of(() -> StatementSplitter.split(sql, FILE, 1),
                () -> ChunkedReader.split(sql, FILE, 1))) {
            MigrationParseException e = catchThrowableOfType(MigrationParseException.class, split::run);
            assertThat(e).isNotNull();
            assertThat(e.file()).isEqualTo(FILE);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.getMessage()).startsWith("Failed to parse migration file " + FILE + ": line " + line + ": "
                    + reason);
        }
    }

    @Test
    void countsLinesFromFirstLine() {
        assertThat(StatementSplitter.split("\nSELECT 1;\nSELECT 2;", FILE, 10))
                .containsExactly(new SqlStatement("SELECT 1", 1, 11), new SqlStatement("SELECT 2", 2, 12));
        assertThatThrownBy(() -> StatementSplitter.split("SELECT 'x", FILE, 10))
                .isInstanceOfSatisfying(MigrationParseException.class, e -> assertThat(e.line()).isEqualTo(10));
    }

    @Test
    void splitsStatementsLongerThanTheBuffer() {
        String values = "(1, 'a;b'),\n".repeat(20_000);
        String body = "SELECT ';';\n".repeat(20_000);
        String sql = "INSERT INTO t VALUES\n" + values + "(2, 'end');\n"
                + "CREATE FUNCTION f() RETURNS void AS $body$\n" + body + "$body$ LANGUAGE sql;\n"
                + "SELECT 3";

        List<SqlStatement> statements = StatementSplitter.split(sql, FILE, 1);

        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 20_003, 40_005);
        assertThat(statements.get(0).sql()).isEqualTo("INSERT INTO t VALUES\n" + values + "(2, 'end')");
        assertThat(statements.get(1).sql())
                .isEqualTo("CREATE FUNCTION f() RETURNS void AS $body$\n" + body + "$body$ LANGUAGE sql");
        assertThat(statements.get(2)).isEqualTo(new SqlStatement("SELECT 3", 3, 40_005));
    }

    @Test
    void readsNothingBeforeTheFirstStatementIsAskedFor() {
        Reader failing = new FailingReader();
        try (StatementSplitter splitter = new StatementSplitter(failing, FILE, 1)) {
            assertThatThrownBy(splitter::hasNext).isInstanceOf(MigrationParseException.class);
        }
    }

    @Test
    void wrapsReadFailureWithTheFile() {
        assertThatThrownBy(() -> new StatementSplitter(new FailingReader(), FILE, 1).next())
                .isInstanceOf(MigrationParseException.class)
                .hasMessage("Failed to parse migration file " + FILE + ": cannot read the SQL (disk gone);"
                        + " check that the file is readable and try again")
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void yieldsNothingMoreAfterAFailure() {
        try (StatementSplitter splitter = new StatementSplitter(new StringReader("SELECT 1; SELECT 'x"), FILE, 1)) {
            assertThat(splitter.next()).isEqualTo(new SqlStatement("SELECT 1", 1, 1));
            assertThatThrownBy(splitter::hasNext).isInstanceOf(MigrationParseException.class);
            assertThat(splitter.hasNext()).isFalse();
        }
    }

    @Test
    void nextWithoutStatementThrowsNoSuchElement() {
        try (StatementSplitter splitter = new StatementSplitter(new StringReader("SELECT 1; -- done"), FILE, 1)) {
            assertThat(splitter.hasNext()).isTrue();
            assertThat(splitter.hasNext()).isTrue();
            assertThat(splitter.next().sql()).isEqualTo("SELECT 1");
            assertThat(splitter.hasNext()).isFalse();
            assertThatThrownBy(splitter::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void closeClosesTheReader() {
        StringReader reader = new StringReader("SELECT 1");
        new StatementSplitter(reader, FILE, 1).close();
        assertThatThrownBy(reader::ready).isInstanceOf(IOException.class);
    }

    @Test
    void rejectsFirstLineBelowOne() {
        assertThatThrownBy(() -> new StatementSplitter(new StringReader(""), FILE, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Arguments script(String name, String sql, SqlStatement... expected) {
        List<SqlStatement> numbered = new ArrayList<>();
        for (SqlStatement statement : expected) {
            numbered.add(new SqlStatement(statement.sql(), numbered.size() + 1, statement.line()));
        }
        return Arguments.of(name, sql, numbered);
    }

    private static SqlStatement at(int line, String sql) {
        return new SqlStatement(sql, 0, line);
    }

    private static Arguments failure(String sql, int line, String reason) {
        return Arguments.of(sql, line, reason);
    }

    private static final class FailingReader extends Reader {
        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk gone");
        }

        @Override
        public void close() {
        }
    }
}
