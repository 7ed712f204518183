package com.kimberlite.migration.internal.execution;

import com.kimberlite.migration.SqlStatement;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A reader over a string that returns at most a fixed number of characters per call. */
final class ChunkedReader extends Reader {

    private final String text;
    private final int chunk;
    private int position;

    ChunkedReader(String text, int chunk) {
        this.text = text;
        this.chunk = chunk;
    }

    /** Splits {@code sql} read in chunks of {@code chunk} characters, so that every chunk boundary is crossed. */
    static List<SqlStatement> split(String sql, Path file, int chunk) {
        List<SqlStatement> statements = new ArrayList<>();
        try (StatementSplitter splitter = new StatementSplitter(new ChunkedReader(sql, chunk), file, 1)) {
            splitter.forEachRemaining(statements::add);
        }
        return statements;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (position == text.length()) {
            return -1;
        }
        int count = Math.min(Math.min(length, chunk), text.length() - position);
        text.getChars(position, position + count, buffer, offset);
        position += count;
        return count;
    }

    @Override
    public void close() {
    }
}
