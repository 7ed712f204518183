package com.kimberlite.migration.benchmarks.jmh;

import com.kimberlite.migration.MigrationFile;
import com.kimberlite.migration.MigrationScript;
import com.kimberlite.migration.SqlStatement;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Splitting a parsed migration's up-section into statements, as the executor does. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SplitBenchmark {

    /** The migration file (set by the harness). */
    @Param("")
    public String file;

    private MigrationFile migration;

    /** Parses the file once. */
    @Setup
    public void load() {
        migration = MigrationFile.load(Path.of(file));
    }

    /** @return the total length of the statements, so that none is optimized away */
    @Benchmark
    public long split() {
        try (Stream<SqlStatement> statements = new MigrationScript(migration, MigrationScript.Direction.UP)
                .statements()) {
            return statements.mapToLong(statement -> statement.sql().length()).sum();
        }
    }
}
