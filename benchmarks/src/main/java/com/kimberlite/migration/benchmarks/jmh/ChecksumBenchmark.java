package com.kimberlite.migration.benchmarks.jmh;

import com.kimberlite.migration.MigrationFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parsing and checksumming one migration file ({@link MigrationFile#load}: read, decode, parse the
 * header, SHA-256 of the body) against SHA-256 alone over the same bytes, with and without reading
 * them from the file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ChecksumBenchmark {

    /** The migration file (set by the harness). */
    @Param("")
    public String file;

    private Path path;
    private byte[] bytes;

    /**
     * Reads the file once, for the benchmark that hashes bytes already in memory.
     *
     * @throws IOException if it cannot be read
     */
    @Setup
    public void read() throws IOException {
        path = Path.of(file);
        bytes = Files.readAllBytes(path);
    }

    /** @return the parsed file */
    @Benchmark
    public MigrationFile parseAndChecksum() {
        return MigrationFile.load(path);
    }

    /**
     * @return the digest of the file, read for each call
     * @throws IOException if it cannot be read
     * @throws NoSuchAlgorithmException never
     */
    @Benchmark
    public byte[] readAndSha256() throws IOException, NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path));
    }

    /**
     * @return the digest of the file's bytes, already in memory
     * @throws NoSuchAlgorithmException never
     */
    @Benchmark
    public byte[] sha256() throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }
}
