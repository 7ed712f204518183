package com.kimberlite.migration.benchmarks.trial;

import com.kimberlite.migration.benchmarks.db.JdbcTarget;
import com.kimberlite.migration.benchmarks.tools.Tool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a trial's child JVM is told on its command line: one tool, its migrations and state
 * folders, a count the trial checks the outcome against, and the database.
 *
 * @param tool the tool
 * @param migrations its migrations folder
 * @param stateDir its state folder
 * @param count how many migrations ({@link ApplyTrial}) or rows ({@link LargeTrial}) to expect
 * @param target the database
 */
public record TrialArgs(Tool tool, Path migrations, Path stateDir, long count, JdbcTarget target) {

    /** @return the arguments of a trial's {@code main}, read back by {@link #parse} */
    public List<String> toList() {
        List<String> args = new ArrayList<>(List.of(tool.name(), migrations.toString(), stateDir.toString(),
                Long.toString(count)));
        args.addAll(target.toArgs());
        return args;
    }

    /**
     * @param args as {@link #toList} writes them
     * @return what they say
     */
    static TrialArgs parse(String[] args) {
        return new TrialArgs(Tool.valueOf(args[0]), Path.of(args[1]), Path.of(args[2]), Long.parseLong(args[3]),
                JdbcTarget.fromArgs(args, 4));
    }
}
