package com.kimberlite.migration.benchmarks.scenario;

import com.kimberlite.migration.benchmarks.harness.Harness;
import java.util.List;

/**
 * Every scenario, in the order they run; the apply and no-op scenarios share their databases, which
 * {@link #close()} drops.
 */
public final class Scenarios implements AutoCloseable {

    private final AppliedDatabases databases;
    private final List<Scenario> all;

    /** @param harness what the scenarios run with */
    public Scenarios(Harness harness) {
        this.databases = new AppliedDatabases(harness);
        this.all = List.of(new ApplyScenario(databases), new NoopScenario(databases),
                new ServiceStartScenario(databases), new LargeMigrationScenario(), new FilesOnlyScenario(),
                new MicroScenario());
    }

    /** @return the scenarios, in order */
    public List<Scenario> all() {
        return all;
    }

    /** Drops the databases the apply scenario kept. */
    @Override
    public void close() {
        databases.releaseAll();
    }
}
