package com.kimberlite.migration.benchmarks.scenario;

import com.kimberlite.migration.benchmarks.harness.Harness;

/** One scenario of the comparison: runs its trials and writes its section of the report. */
public interface Scenario {

    /** @return the name that selects it on the command line ({@code --only=apply,noop}) */
    String name();

    /**
     * @param harness what to run with
     * @throws Exception if the scenario cannot be run at all (a failed trial is reported instead)
     */
    void run(Harness harness) throws Exception;
}
