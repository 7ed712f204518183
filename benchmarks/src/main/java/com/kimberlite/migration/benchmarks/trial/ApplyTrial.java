package com.kimberlite.migration.benchmarks.trial;

import com.kimberlite.migration.benchmarks.db.JdbcTarget;
import com.kimberlite.migration.benchmarks.db.Pool;
import com.kimberlite.migration.benchmarks.harness.TrialOutput;
import com.kimberlite.migration.benchmarks.tools.Tool;
import com.kimberlite.migration.benchmarks.workload.WorkloadSql;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A child JVM that runs one tool once over a folder of migrations and reports the time of that
 * call alone: from before the tool's first object is made to its return. The pool is opened and
 * filled before, and the result checked after, the clock. Used for applying and for the no-op
 * start (when everything is applied already, the same call finds nothing to do).
 */
public final class ApplyTrial {

    private ApplyTrial() {
    }

    /**
     * @param tool the tool
     * @param migrations its migrations folder
     * @param stateDir its state folder
     * @param count how many migrations the folder holds
     * @param target the database
     * @return the arguments of {@link #main}
     */
    public static List<String> args(Tool tool, Path migrations, Path stateDir, int count, JdbcTarget target) {
        List<String> args = new ArrayList<>(List.of(tool.name(), migrations.toString(), stateDir.toString(),
                Integer.toString(count)));
        args.addAll(target.toArgs());
        return args;
    }

    /**
     * @param args as {@link #args} writes them
     * @throws Exception if the tool fails or the database does not hold the last migration's row
     */
    public static void main(String[] args) throws Exception {
        Tool tool = Tool.valueOf(args[0]);
        Path migrations = Path.of(args[1]);
        Path stateDir = Path.of(args[2]);
        int count = Integer.parseInt(args[3]);
        JdbcTarget target = JdbcTarget.fromArgs(args, 4);
        try (HikariDataSource pool = Pool.open(target)) {
            long start = System.nanoTime();
            tool.migrate(pool, migrations, stateDir);
            long elapsed = System.nanoTime() - start;
            try (Connection connection = pool.getConnection()) {
                WorkloadSql.checkApplied(connection, count);
            }
            TrialOutput.emit(Map.of("ms", elapsed / 1e6));
        }
    }
}
