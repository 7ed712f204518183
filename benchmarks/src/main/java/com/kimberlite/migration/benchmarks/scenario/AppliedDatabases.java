package com.kimberlite.migration.benchmarks.scenario;

import com.kimberlite.migration.benchmarks.db.DatabaseKind;
import com.kimberlite.migration.benchmarks.db.Databases;
import com.kimberlite.migration.benchmarks.db.JdbcTarget;
import com.kimberlite.migration.benchmarks.harness.ChildJvm;
import com.kimberlite.migration.benchmarks.harness.Harness;
import com.kimberlite.migration.benchmarks.tools.Tool;
import com.kimberlite.migration.benchmarks.trial.ApplyTrial;
import com.kimberlite.migration.benchmarks.trial.TrialArgs;
import com.kimberlite.migration.benchmarks.workload.Layout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The migration folders of the apply workload (each layout and N written once per run), the
 * fresh database and state folder of each trial, and the databases left fully applied by the apply
 * scenario, which the no-op scenario starts from instead of applying everything again.
 */
final class AppliedDatabases {

    /** Options of every child JVM that runs a tool: log at INFO, as a service would, and no analytics calls. */
    static final List<String> TOOL_JVM_OPTIONS = List.of("-Dlogback.configurationFile=bench-logback.xml",
            "-Dliquibase.analytics.enabled=false");

    private final Harness harness;
    private final Map<String, Path> folders = new HashMap<>();
    private final Map<String, Applied> retained = new HashMap<>();
    private int counter;

    AppliedDatabases(Harness harness) {
        this.harness = harness;
    }

    /**
     * One tool's database and state folder.
     *
     * @param tool the tool
     * @param count how many migrations its folder holds
     * @param target the database
     * @param migrations the migrations folder
     * @param stateDir the state folder
     */
    record Applied(Tool tool, int count, JdbcTarget target, Path migrations, Path stateDir) {

        /** @return the same database and folders, run by {@code other} */
        Applied runBy(Tool other) {
            return new Applied(other, count, target, migrations, stateDir);
        }
    }

    /**
     * @param tool the tool
     * @param kind the database
     * @param count how many migrations
     * @return a fresh, empty database and state folder, with the tool's migration folder
     */
    Applied fresh(Tool tool, DatabaseKind kind, int count) {
        JdbcTarget target = harness.databases().create(kind, tool.name());
        return new Applied(tool, count, target, folder(tool.layout(), count),
                harness.scratch("state").resolve(target.name()));
    }

    /**
     * Runs the tool over its database in a child JVM.
     *
     * @param applied the tool's database and folders
     * @param name the log's name
     * @return the outcome; its "ms" is the time of the tool's call
     */
    ChildJvm.Outcome run(Applied applied, String name) {
        return harness.child(name + "-" + ++counter, TOOL_JVM_OPTIONS, ApplyTrial.class,
                new TrialArgs(applied.tool(), applied.migrations(), applied.stateDir(), applied.count(),
                        applied.target()).toList());
    }

    /** @param applied a database to keep, fully applied, for the no-op scenario */
    void retain(Applied applied) {
        retained.put(key(applied.tool(), applied.target().kind(), applied.count()), applied);
    }

    /**
     * @param tool the tool
     * @param kind the database
     * @param count how many migrations
     * @return a database on which the tool has applied all {@code count} migrations: one kept by
     *     the apply scenario, or else a fresh one applied now
     */
    Applied fullyApplied(Tool tool, DatabaseKind kind, int count) {
        Applied kept = retained.get(key(tool, kind, count));
        if (kept != null) {
            return kept;
        }
        Applied applied = fresh(tool, kind, count);
        ChildJvm.Outcome outcome = run(applied, "prepare-" + kind + "-" + count + "-" + tool);
        if (!outcome.succeeded()) {
            throw new IllegalStateException(tool + " could not apply " + count + " migrations; see " + outcome.log());
        }
        retain(applied);
        return applied;
    }

    /** @param applied a database and state folder to drop */
    void release(Applied applied) {
        retained.values().remove(applied);
        harness.databases().drop(applied.target());
        Databases.deleteTree(applied.stateDir());
    }

    /** Drops every database still kept. */
    void releaseAll() {
        new ArrayList<>(retained.values()).forEach(this::release);
    }

    /**
     * @param layout a file convention
     * @param count how many migrations
     * @return the folder of the workload's first {@code count} migrations in that layout, written once per run
     */
    Path folder(Layout layout, int count) {
        return folders.computeIfAbsent(layout + "-" + count, name -> {
            try {
                return layout.write(harness.scratch("migrations").resolve(name), count);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the migrations " + name, e);
            }
        });
    }

    private static String key(Tool tool, DatabaseKind kind, int count) {
        return tool + "/" + kind + "/" + count;
    }
}
