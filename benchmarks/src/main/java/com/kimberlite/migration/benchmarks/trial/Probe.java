package com.kimberlite.migration.benchmarks.trial;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a trial reports besides its time: memory peaks, the work of the JVM itself while the clock
 * ran, and a failure's cause.
 */
final class Probe {

    private static final int FRAMES = 8;

    private Probe() {
    }

    /**
     * @return the sum of the peak use of each heap pool (young and old generations), an upper
     *     bound of the peak of the heap as a whole
     */
    static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(usage -> usage.getUsed()).sum();
    }

    /** @return the peak resident set size of this process (VmHWM), or -1 where unknown */
    static long peakRssBytes() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * The JVM's own counters at one moment: what its garbage collectors and JIT compilers have
     * taken so far, and the CPU time of the whole process.
     *
     * @param gcMillis the time of the collections (for G1's young and mixed collections, their pauses)
     * @param gcCount the number of collections
     * @param jitMillis the time the JIT compilers have spent compiling, summed over their threads
     * @param cpuMillis the CPU time of the process, every thread of it (in steps of 10 ms on Linux);
     *     negative where the JVM does not tell it
     */
    record JvmWork(long gcMillis, long gcCount, long jitMillis, double cpuMillis) {

        /** @return the counters now */
        static JvmWork now() {
            long gcMillis = 0;
            long gcCount = 0;
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                gcMillis += Math.max(0, collector.getCollectionTime());
                gcCount += Math.max(0, collector.getCollectionCount());
            }
            long cpuNanos = ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                    ? os.getProcessCpuTime()
                    : -1;
            return new JvmWork(gcMillis, gcCount, ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
                    cpuNanos / 1e6);
        }

        /**
         * @param before the counters when the clock started
         * @return what each took since then, as values of a result line: {@code gcMs},
         *     {@code gcCount}, {@code jitMs} and, where known, {@code cpuMs}
         */
        Map<String, Object> since(JvmWork before) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("gcMs", gcMillis - before.gcMillis);
            values.put("gcCount", gcCount - before.gcCount);
            values.put("jitMs", jitMillis - before.jitMillis);
            if (cpuMillis >= 0) { // -1 where the JVM does not tell
                values.put("cpuMs", cpuMillis - before.cpuMillis);
            }
            return values;
        }
    }

    /**
     * @param failure what the trial threw
     * @param elapsedNanos how long it ran before failing
     * @return the values that report it: its type, message and where it was thrown
     */
    static Map<String, Object> failure(Throwable failure, long elapsedNanos) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("failed", true);
        values.put("ms", elapsedNanos / 1e6);
        values.put("error", root.getClass().getName() + ": " + root.getMessage());
        values.put("at", Arrays.stream(root.getStackTrace()).limit(FRAMES).map(StackTraceElement::toString)
                .collect(Collectors.joining(" < ")));
        return values;
    }
}
