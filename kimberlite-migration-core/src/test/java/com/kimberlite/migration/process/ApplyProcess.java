package com.kimberlite.migration.process;

import com.kimberlite.migration.ApplyOptions;
import com.kimberlite.migration.ApplyResult;
import com.kimberlite.migration.MigrationConfig;
import com.kimberlite.migration.MigrationException;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.TrackerType;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The main class of a child JVM that applies a project's migrations, printing {@code applied N}
 * after each, then {@code done}, the time the apply took ({@code apply-ms N}) and the peak heap
 * ({@code heap-peak N}, see {@link #heapPeak()}); and the code that starts such a child.
 */
public final class ApplyProcess {

    private ApplyProcess() {
    }

    /**
     * @param args project folder, JDBC URL, user, password, tracker ({@code FILE} or {@code JDBC})
     */
    public static void main(String[] args) {
        MigrationConfig config = MigrationConfig.builder()
                .migrationsDir(Path.of(args[0], "migrations"))
                .stateDir(Path.of(args[0], ".kimberlite", "migrations"))
                .tracker(TrackerType.valueOf(args[4]))
                .lockTimeout(Duration.ofMinutes(2))
                .appliedBy("child-" + ProcessHandle.current().pid())
                .build();
        MigrationManager manager = new MigrationManager(config, new SimpleDataSource(args[1], args[2], args[3]));
        try {
            ApplyResult result = manager.apply(ApplyOptions.defaults(), applied -> {
                System.out.println("applied " + applied.id());
                System.out.flush();
            });
            System.out.println("done");
            System.out.println("apply-ms " + result.duration().toMillis());
            System.out.println("heap-peak " + heapPeak());
        } catch (MigrationException e) {
            System.out.println("failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * The most heap this JVM has used so far, as an upper bound: the sum of the peak usage of each
     * heap pool (the pools reach their peaks at different times, so the heap as a whole never held
     * more).
     *
     * @return bytes
     */
    static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /**
     * Starts a child JVM running {@link #main(String[])} with this JVM's class path, a heap of 128 MB
     * and the quick-starting C1 compiler only.
     *
     * @param project the project folder
     * @param url the JDBC URL
     * @param user the user
     * @param password the password
     * @param tracker the tracker
     * @return the started process, its output merged into stdout
     * @throws IOException if it cannot be started
     */
    public static Process start(Path project, String url, String user, String password, TrackerType tracker)
            throws IOException {
        return start(project, url, user, password, tracker, List.of("-Xmx128m", "-XX:TieredStopAtLevel=1"));
    }

    /**
     * Starts a child JVM running {@link #main(String[])} with this JVM's class path.
     *
     * @param project the project folder
     * @param url the JDBC URL
     * @param user the user
     * @param password the password
     * @param tracker the tracker
     * @param jvmOptions options of the child JVM, such as {@code -Xmx256m}
     * @return the started process, its output merged into stdout
     * @throws IOException if it cannot be started
     */
    public static Process start(Path project, String url, String user, String password, TrackerType tracker,
            List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ApplyProcess.class.getName());
        command.add(project.toString());
        command.add(url);
        command.add(user);
        command.add(password);
        command.add(tracker.name());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectInput(new File("/dev/null")).start();
    }
}
