package com.kimberlite.migration.internal.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kimberlite.migration.MigrationParseException;
import com.kimberlite.migration.SqlStatement;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Statements split on a thread of their own reach the caller as the splitter yields them, failures included. */
class ReadAheadTest {

    private static final Path FILE = Path.of("0001_big.sql");

    @Test
    void yieldsEveryStatementInOrderWithABudgetFarBelowTheScript() {
        String sql = script(2_000);

        List<SqlStatement> read = new ArrayList<>();
        try (ReadAhead ahead = new ReadAhead(splitter(sql, 3), "test-ahead", 500)) {
            ahead.forEachRemaining(read::add);
            assertThat(ahead.hasNext()).isFalse();
        }

        assertThat(read).hasSize(2_000).isEqualTo(StatementSplitter.split(sql, FILE, 3));
    }

    @Test
    void statementLongerThanTheBudgetStillPasses() {
        String insert = "INSERT INTO t VALUES ('" + "x".repeat(10_000) + "')";
        String sql = insert + ";\nSELECT 1;";

        try (ReadAhead ahead = new ReadAhead(splitter(sql, 1), "test-ahead", 100)) {
            assertThat(ahead.next().sql()).isEqualTo(insert);
            assertThat(ahead.next().sql()).isEqualTo("SELECT 1");
            assertThat(ahead.hasNext()).isFalse();
        }
    }

    @Test
    void failureOfTheSplitterComesAfterEveryStatementBeforeItAndBeforeTheEnd() {
        String sql = script(50) + "SELECT 'never closed;\n";

        try (ReadAhead ahead = new ReadAhead(splitter(sql, 1), "test-ahead", 64)) {
            for (int i = 1; i <= 50; i++) {
                assertThat(ahead.next().number()).isEqualTo(i);
            }
            assertThatThrownBy(ahead::hasNext).isInstanceOf(MigrationParseException.class)
                    .hasMessageContaining("line 101");
            assertThatThrownBy(ahead::next).isInstanceOf(MigrationParseException.class);
        }
    }

    @Test
    void closingEarlyStopsTheThreadAndClosesTheReader() throws InterruptedException {
        AtomicBoolean closed = new AtomicBoolean();
        Reader reader = new StringReader(script(10_000)) {
            @Override
            public void close() {
                closed.set(true);
                super.close();
            }
        };
        ReadAhead ahead = new ReadAhead(new StatementSplitter(reader, FILE, 1), "test-ahead-closed", 1_000);
        assertThat(ahead.next().number()).isEqualTo(1);

        ahead.close();

        assertThat(closed).isTrue();
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName).doesNotContain("test-ahead-closed");
    }

    private static StatementSplitter splitter(String sql, int firstLine) {
        return new StatementSplitter(new StringReader(sql), FILE, firstLine);
    }

    /** {@code count} statements of two lines each. */
    private static String script(int count) {
        StringBuilder sql = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            sql.append("INSERT INTO t (id, name)\n  VALUES (").append(i).append(", 'row ").append(i).append("');\n");
        }
        return sql.toString();
    }
}
