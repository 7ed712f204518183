package com.kimberlite.migration.benchmarks.trial;

import com.kimberlite.migration.benchmarks.db.Pool;
import com.kimberlite.migration.benchmarks.harness.TrialOutput;
import com.kimberlite.migration.benchmarks.workload.WorkloadSql;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A child JVM that runs one tool once over a folder of migrations and reports the time of that
 * call alone: from before the tool's first object is made to its return. The pool is opened and
 * filled before, and the result checked after, the clock. Used for applying and for the no-op
 * start (when everything is applied already, the same call finds nothing to do). It also reports
 * what the JVM's collectors and compilers took, and the process's CPU time, while the clock ran.
 */
public final class ApplyTrial {

    private ApplyTrial() {
    }

    /**
     * @param args as {@link TrialArgs#toList} writes them
     * @throws Exception if the tool fails or the database does not hold the last migration's row
     */
    public static void main(String[] args) throws Exception {
        TrialArgs trial = TrialArgs.parse(args);
        try (HikariDataSource pool = Pool.open(trial.target())) {
            Probe.JvmWork before = Probe.JvmWork.now();
            long start = System.nanoTime();
            trial.tool().migrate(pool, trial.migrations(), trial.stateDir());
            long elapsed = System.nanoTime() - start;
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("ms", elapsed / 1e6);
            values.putAll(Probe.JvmWork.now().since(before));
            try (Connection connection = pool.getConnection()) {
                WorkloadSql.checkApplied(connection, Math.toIntExact(trial.count()));
            }
            TrialOutput.emit(values);
        }
    }
}
