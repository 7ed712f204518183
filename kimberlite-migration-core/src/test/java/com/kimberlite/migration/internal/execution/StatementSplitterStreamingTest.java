package com.kimberlite.migration.internal.execution;

import com.kimberlite.migration.SqlStatement;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class StatementSplitterStreamingTest {

    private static final int BUFFER_SIZE = 64 * 1024;

    /** 100 chars, a {@code ;} in the string and a 10-digit id that changes from statement to statement. */
    private static final String TEMPLATE = "INSERT INTO events (id, payload) VALUES (0000000000,"
            + " 'payload; with a semicolon and --no comment');\n";

    private static final int ID_OFFSET = TEMPLATE.indexOf('0');

    @Test
    @Timeout(120) // a guard against accidental quadratic work; it takes a few seconds
    void splitsThreeHundredMegabytesOfInsertsReadingAtMostOneBufferAhead() {
        int statementCount = 3_000_000;
        GeneratedScript script = new GeneratedScript(statementCount);

        int count = 0;
        long maxReadAhead = 0;
        try (StatementSplitter splitter = new StatementSplitter(script, Path.of("big.sql"), 1)) {
            while (splitter.hasNext()) {
                SqlStatement statement = splitter.next();
                count++;
                maxReadAhead = Math.max(maxReadAhead, script.delivered() - (long) count * TEMPLATE.length());
                if (count == 1 || count == statementCount) {
                    assertThat(statement).isEqualTo(new SqlStatement(expectedSql(count), count, count));
                }
            }
        }

        assertThat(TEMPLATE).hasSize(100);
        assertThat(count).isEqualTo(statementCount);
        assertThat(maxReadAhead).isLessThanOrEqualTo(BUFFER_SIZE);
        assertThat(script.delivered()).isEqualTo((long) statementCount * TEMPLATE.length());
    }

    private static String expectedSql(int number) {
        String id = String.format("%010d", number);
        String statement = TEMPLATE.substring(0, ID_OFFSET) + id + TEMPLATE.substring(ID_OFFSET + id.length());
        return statement.substring(0, statement.lastIndexOf(';'));
    }

    /** Produces the script statement by statement, as it is read; never holds more than one statement. */
    private static final class GeneratedScript extends Reader {
        private final char[] statement = TEMPLATE.toCharArray();
        private final int statements;
        private int number;
        private int position = statement.length;
        private long delivered;

        GeneratedScript(int statements) {
            this.statements = statements;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            int written = 0;
            while (written < length) {
                if (position == statement.length) {
                    if (number == statements) {
                        break;
                    }
                    writeId(++number);
                    position = 0;
                }
                int count = Math.min(length - written, statement.length - position);
                System.arraycopy(statement, position, buffer, offset + written, count);
                position += count;
                written += count;
            }
            delivered += written;
            return written == 0 ? -1 : written;
        }

        private void writeId(int id) {
            int value = id;
            for (int i = ID_OFFSET + 9; i >= ID_OFFSET; i--) {
                statement[i] = (char) ('0' + value % 10);
                value /= 10;
            }
        }

        long delivered() {
            return delivered;
        }

        @Override
        public void close() {
        }
    }
}
