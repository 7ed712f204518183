package com.kimberlite.migration.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.TrackerType;
import com.kimberlite.migration.support.Checksums;
import com.kimberlite.migration.support.TestDatabases;
import com.kimberlite.migration.support.TestProject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM with a heap of 256 MB applies one migration of 1 GiB of {@code INSERT} statements to
 * PostgreSQL: the file is parsed, hashed and executed as a stream.
 *
 * <p>The size can be changed with {@code -Dkimberlite.test.largeMigrationBytes=N}. The rows are
 * wide (1,000 chars) and go 100 to a statement into an unlogged table, so that the database's
 * share of the work per byte stays small.
 */
class LargeMigrationTest {

    private static final long SIZE = Long.getLong("kimberlite.test.largeMigrationBytes", 1L << 30);
    private static final long HEAP = 256L << 20;
    private static final int PAYLOAD = 1000;
    private static final int ROWS_PER_INSERT = 100;

    @TempDir
    Path dir;

    @Test
    void childWithA256MegabyteHeapAppliesAOneGigabyteMigrationOfInserts() throws Exception {
        DataSource dataSource = TestDatabases.postgres();
        TestProject project = new TestProject(dir, dataSource, TrackerType.JDBC);
        Path file = dir.resolve("migrations").resolve("0001_big_rows.sql");
        Files.createDirectories(file.getParent());
        long started = System.nanoTime();
        Generated generated = generate(file);
        long generatedAt = System.nanoTime();

        Process child = ApplyProcess.start(dir, TestDatabases.postgresUrl(dataSource), "postgres", "postgres",
                TrackerType.JDBC, List.of("-Xmx" + (HEAP >> 20) + "m"));
        boolean exited = child.waitFor(20, TimeUnit.MINUTES);
        if (!exited) {
            child.destroyForcibly().waitFor();
        }
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        long appliedAt = System.nanoTime();

        try {
            assertThat(exited).as(output).isTrue();
            assertThat(child.exitValue()).as(output).isZero();
            assertThat(output).contains("applied 1", "done");
            long heapPeak = value(output, "heap-peak");
            System.out.printf("LargeMigrationTest: %,d bytes (%,d rows) generated in %d s, applied by the child in"
                    + " %d s (apply %d ms), heap peak %,d bytes%n", Files.size(file), generated.rows(),
                    (generatedAt - started) / 1_000_000_000L, (appliedAt - generatedAt) / 1_000_000_000L,
                    value(output, "apply-ms"), heapPeak);
            assertThat(heapPeak).isPositive().isLessThan(HEAP);
            assertThat(project.queryLong("SELECT COUNT(*) FROM big_rows")).isEqualTo(generated.rows());
            assertThat(project.queryLong("SELECT SUM(LENGTH(payload)) FROM big_rows"))
                    .isEqualTo(generated.rows() * PAYLOAD);
            assertThat(project.manager().listApplied()).singleElement().satisfies(record -> {
                assertThat(record.id()).isEqualTo(1);
                assertThat(record.name()).isEqualTo("big_rows");
                assertThat(record.checksum()).isEqualTo(generated.checksum());
            });
        } finally {
            project.execute("DROP TABLE IF EXISTS big_rows");
        }
    }

    /**
     * Writes the migration as it goes, never holding more than one row, and hashes its body (the
     * file after the header line, without the last line break) on the way.
     */
    private static Generated generate(Path file) throws IOException {
        MessageDigest body = Checksums.sha256();
        byte[] payload = payload();
        long rows = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write("-- Migration: big_rows\n".getBytes(StandardCharsets.US_ASCII));
            Sink sink = new Sink(out, body);
            sink.write("CREATE UNLOGGED TABLE big_rows (id BIGINT NOT NULL, payload TEXT NOT NULL);\n");
            while (sink.written < SIZE) {
                sink.write("INSERT INTO big_rows (id, payload) VALUES\n");
                for (int i = 0; i < ROWS_PER_INSERT; i++) {
                    rows++;
                    int rotation = (int) (rows % PAYLOAD);
                    sink.write("(" + rows + ", '");
                    sink.write(payload, rotation, PAYLOAD - rotation);
                    sink.write(payload, 0, rotation);
                    sink.write(i == ROWS_PER_INSERT - 1 ? "');\n" : "'),\n");
                }
            }
            sink.write("-- Down Migration\nDROP TABLE big_rows;");
            out.write('\n');
        }
        return new Generated(rows, HexFormat.of().formatHex(body.digest()));
    }

    /** 1,000 letters and digits in an order that does not repeat within the row. */
    private static byte[] payload() {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        byte[] payload = new byte[PAYLOAD];
        for (int i = 0; i < PAYLOAD; i++) {
            payload[i] = (byte) alphabet.charAt((i * 7 + i / alphabet.length()) % alphabet.length());
        }
        return payload;
    }

    private static long value(String output, String key) {
        return output.lines().filter(line -> line.startsWith(key + " ")).findFirst()
                .map(line -> Long.parseLong(line.substring(key.length() + 1))).orElseThrow();
    }

    /** Writes body bytes to the file and the digest, counting them. */
    private static final class Sink {
        private final OutputStream out;
        private final MessageDigest digest;
        private long written;

        Sink(OutputStream out, MessageDigest digest) {
            this.out = out;
            this.digest = digest;
        }

        void write(String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            write(bytes, 0, bytes.length);
        }

        void write(byte[] bytes, int from, int length) throws IOException {
            out.write(bytes, from, length);
            digest.update(bytes, from, length);
            written += length;
        }
    }

    private record Generated(long rows, String checksum) {
    }
}
