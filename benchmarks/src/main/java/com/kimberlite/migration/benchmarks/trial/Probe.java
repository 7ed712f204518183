package com.kimberlite.migration.benchmarks.trial;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** What a trial reports besides its time: memory peaks, and a failure's cause. */
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
