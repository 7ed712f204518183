package com.kimberlite.migration.benchmarks.trial;

import com.kimberlite.migration.benchmarks.db.Pool;
import com.kimberlite.migration.benchmarks.harness.TrialOutput;
import com.kimberlite.migration.benchmarks.workload.LargeMigration;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A child JVM, started with a small heap, that applies the one large migration and reports its
 * time, its peak heap and peak resident memory, or how it failed.
 */
public final class LargeTrial {

    private LargeTrial() {
    }

    /**
     * @param args as {@link TrialArgs#toList} writes them
     * @throws Exception if the database cannot be reached
     */
    public static void main(String[] args) throws Exception {
        TrialArgs trial = TrialArgs.parse(args);
        try (HikariDataSource pool = Pool.open(trial.target())) {
            long start = System.nanoTime();
            Map<String, Object> values = new LinkedHashMap<>();
            try {
                trial.tool().migrate(pool, trial.migrations(), trial.stateDir());
                values.put("ms", (System.nanoTime() - start) / 1e6);
                values.put("rows", countRows(pool));
            } catch (Throwable e) { // OutOfMemoryError above all: the failure this scenario exists to report
                values.putAll(Probe.failure(e, System.nanoTime() - start));
            }
            values.put("expectedRows", trial.count());
            values.put("peakHeapBytes", Probe.peakHeapBytes());
            values.put("peakRssBytes", Probe.peakRssBytes());
            values.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
            TrialOutput.emit(values);
        }
    }

    private static long countRows(HikariDataSource pool) throws Exception {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + LargeMigration.TABLE)) {
            result.next();
            return result.getLong(1);
        }
    }
}
