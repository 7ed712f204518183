package com.kimberlite.migration.process;

import com.kimberlite.migration.MigrationConfig;
import com.kimberlite.migration.MigrationException;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.TrackerType;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The main class of a child JVM that applies a project's migrations, printing {@code applied N}
 * after each; and the code that starts such a child.
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
            manager.apply(com.kimberlite.migration.ApplyOptions.defaults(), result -> {
                System.out.println("applied " + result.id());
                System.out.flush();
            });
            System.out.println("done");
        } catch (MigrationException e) {
            System.out.println("failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Starts a child JVM running {@link #main(String[])} with this JVM's class path.
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
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx128m");
        command.add("-XX:TieredStopAtLevel=1");
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
