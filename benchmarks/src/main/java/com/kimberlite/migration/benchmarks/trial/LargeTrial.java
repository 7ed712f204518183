package com.kimberlite.migration.benchmarks.trial;

import com.kimberlite.migration.benchmarks.db.JdbcTarget;
import com.kimberlite.migration.benchmarks.db.Pool;
import com.kimberlite.migration.benchmarks.harness.TrialOutput;
import com.kimberlite.migration.benchmarks.tools.Tool;
import com.kimberlite.migration.benchmarks.workload.LargeMigration;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A child JVM, started with a small heap, that applies the one large migration and reports its
 * time, its peak heap and peak resident memory, or how it failed.
 */
public final class LargeTrial {

    private LargeTrial() {
    }

    /**
     * @param tool {@link Tool#OURS_FILE} or {@link Tool#RAW_JDBC}
     * @param folder the folder holding only the large migration
     * @param stateDir the state folder
     * @param rows how many rows the migration inserts
     * @param target the database
     * @return the arguments of {@link #main}
     */
    public static List<String> args(Tool tool, Path folder, Path stateDir, long rows, JdbcTarget target) {
        List<String> args = new ArrayList<>(List.of(tool.name(), folder.toString(), stateDir.toString(),
                Long.toString(rows)));
        args.addAll(target.toArgs());
        return args;
    }

    /**
     * @param args as {@link #args} writes them
     * @throws Exception if the database cannot be reached
     */
    public static void main(String[] args) throws Exception {
        Tool tool = Tool.valueOf(args[0]);
        long rows = Long.parseLong(args[3]);
        try (HikariDataSource pool = Pool.open(JdbcTarget.fromArgs(args, 4))) {
            long start = System.nanoTime();
            Map<String, Object> values = new LinkedHashMap<>();
            try {
                tool.migrate(pool, Path.of(args[1]), Path.of(args[2]));
                values.put("ms", (System.nanoTime() - start) / 1e6);
                values.put("rows", countRows(pool));
            } catch (Throwable e) { // OutOfMemoryError above all: the failure this scenario exists to report
                values.putAll(Probe.failure(e, System.nanoTime() - start));
            }
            values.put("expectedRows", rows);
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
