package com.kimberlite.migration.benchmarks;

import com.kimberlite.migration.benchmarks.tools.Tool;
import java.util.List;

/**
 * The sizes and repetitions of a run: {@link #full()} for the published figures, {@link #quick()}
 * to check that everything works in a few minutes.
 *
 * @param name "full" or "quick"
 * @param applyCounts the N of the apply and no-op scenarios, smaller first
 * @param runs repetitions of each figure, unless said otherwise below
 * @param applyRunsAtLargestCount repetitions of the apply figures at the largest N, of this library
 *     and the raw JDBC floors
 * @param peerApplyRunsAtLargestCount repetitions of the apply figures at the largest N, of Flyway
 *     and Liquibase
 * @param noopRunsAtLargestCount repetitions of the no-op figures at the largest N
 * @param serviceMigrations applied migrations of the service-start scenario
 * @param largeBytes the size of the large migration
 * @param largeRuns repetitions of the large-migration figures
 * @param largeHeap the heap limit of the large migration, as a JVM option value
 * @param fileCount files of the files-only scenario
 * @param fileBytes their total size
 * @param jmhWarmups JMH warm-up iterations of one second
 * @param jmhIterations JMH measurement iterations of one second
 * @param jmhForks JMH forks
 */
public record Settings(String name, List<Integer> applyCounts, int runs, int applyRunsAtLargestCount,
        int peerApplyRunsAtLargestCount, int noopRunsAtLargestCount, int serviceMigrations, long largeBytes,
        int largeRuns, String largeHeap, int fileCount, long fileBytes, int jmhWarmups, int jmhIterations,
        int jmhForks) {

    private static final long MB = 1_000_000L;

    /**
     * The published run. Five runs of each figure, except: applying 10,000 migrations, three times
     * for this library and the floors (one run of them varies by up to a fifth on this machine),
     * once for Flyway and Liquibase, whose one run takes minutes on two cores; the 1 GiB migration,
     * once per tool and database; and the no-op start at 10,000, nine runs, whose verdict against
     * Flyway is closer than the spread of five runs on this machine.
     *
     * @return the settings
     */
    public static Settings full() {
        return new Settings("full", List.of(1_000, 10_000), 5, 3, 1, 9, 1_000, 1L << 30, 1, "256m", 10_000, 100 * MB,
                3, 5, 2);
    }

    /**
     * @return a check of every scenario at small sizes, once each and with one N (so without the
     *     scaling figure); its figures are not for publishing
     */
    public static Settings quick() {
        return new Settings("quick", List.of(100), 1, 1, 1, 1, 100, 32 * MB, 1, "256m", 1_000, 10 * MB, 1, 1, 1);
    }

    /** @return the largest N of the apply scenario */
    public int largestCount() {
        return applyCounts.get(applyCounts.size() - 1);
    }

    /**
     * @param count an N of the apply scenario
     * @param tool a tool that applies
     * @return the repetitions of applying that many with that tool
     */
    public int applyRunsAt(int count, Tool tool) {
        if (count != largestCount()) {
            return runs;
        }
        return Tool.PEERS.contains(tool) ? peerApplyRunsAtLargestCount : applyRunsAtLargestCount;
    }

    /**
     * @param count an N of the no-op scenario
     * @return the repetitions of the no-op start with that many applied
     */
    public int noopRunsAt(int count) {
        return count == largestCount() ? noopRunsAtLargestCount : runs;
    }
}
