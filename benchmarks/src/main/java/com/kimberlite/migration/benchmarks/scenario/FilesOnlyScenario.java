package com.kimberlite.migration.benchmarks.scenario;

import com.kimberlite.migration.MigrationConfig;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.benchmarks.harness.ChildJvm;
import com.kimberlite.migration.benchmarks.harness.Harness;
import com.kimberlite.migration.benchmarks.harness.Report;
import com.kimberlite.migration.benchmarks.harness.Report.Format;
import com.kimberlite.migration.benchmarks.harness.Samples;
import com.kimberlite.migration.benchmarks.trial.FilesTrial;
import com.kimberlite.migration.benchmarks.workload.FileSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Scenario 5: validate many migration files against their lock file, no database involved, against
 * the floor of reading and SHA-256-hashing the same bytes with {@code openssl dgst -sha256}. Our
 * time is given both inside the JVM ({@code validate()} alone) and for the whole process, as the
 * floor's is.
 */
public final class FilesOnlyScenario implements Scenario {

    @Override
    public String name() {
        return "files";
    }

    @Override
    public void run(Harness harness) throws IOException, InterruptedException {
        FileSet files = FileSet.write(harness.scratch("files").resolve("migrations"), harness.settings().fileCount(),
                harness.settings().fileBytes());
        Path state = harness.scratch("files").resolve("state");
        new MigrationManager(MigrationConfig.builder().migrationsDir(files.folder()).stateDir(state).build()).lock();
        Samples inJvm = new Samples();
        Samples process = new Samples();
        Samples floor = new Samples();
        Samples jvmFloor = new Samples();
        Samples jvmFloorProcess = new Samples();
        for (int run = 1; run <= harness.settings().runs(); run++) {
            ChildJvm.Outcome outcome = harness.child("files-ours-" + run, List.of(), FilesTrial.class,
                    FilesTrial.args(false, files.folder(), state));
            inJvm.add(outcome.number("ms"));
            process.add(outcome.wallNanos() / 1e6);
            floor.add(openssl(files.folder()));
            ChildJvm.Outcome jvm = harness.child("files-floor-" + run, List.of(), FilesTrial.class,
                    FilesTrial.args(true, files.folder(), state));
            jvmFloor.add(jvm.number("ms"));
            jvmFloorProcess.add(jvm.wallNanos() / 1e6);
        }
        Report report = harness.report();
        report.section("5. Files only: validate " + Format.count(files.count()) + " files against their lock");
        report.note(String.format(Locale.ROOT, "%,d migration files, %,.1f MB in all, checked against a lock file"
                + " holding all their checksums (MigrationManager.validate(), file tracker, no database). The floor"
                + " reads and hashes the same files: `openssl dgst -sha256 <every file>`, timed as a process. The"
                + " JVM floor does the same in a fresh JVM (Files.readAllBytes and MessageDigest SHA-256 of every"
                + " file, one thread, nothing else), timed inside the JVM and as a process. Files are in the page"
                + " cache for all. Median (min–max) of %d runs, alternating.", files.count(),
                files.bytes() / 1e6, harness.settings().runs()));
        double floorMedian = floor.median();
        double jvmMedian = jvmFloor.median();
        double jvmProcessMedian = jvmFloorProcess.median();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ours: validate() inside the JVM", Format.millis(inJvm),
                Format.ratio(inJvm.median() / floorMedian), Format.ratio(inJvm.median() / jvmMedian)));
        rows.add(List.of("ours: the whole JVM process", Format.millis(process),
                Format.ratio(process.median() / floorMedian), Format.ratio(process.median() / jvmProcessMedian)));
        rows.add(List.of("JVM floor: read + SHA-256 inside the JVM", Format.millis(jvmFloor),
                Format.ratio(jvmMedian / floorMedian), Format.ratio(1)));
        rows.add(List.of("JVM floor: the whole JVM process", Format.millis(jvmFloorProcess),
                Format.ratio(jvmProcessMedian / floorMedian), Format.ratio(1)));
        rows.add(List.of("floor: openssl dgst -sha256 (process)", Format.millis(floor), Format.ratio(1), "–"));
        report.table(List.of("", "time", "÷ openssl floor", "÷ JVM floor (same clock)"), rows);
        report.samples("files", "OURS_VALIDATE", "-", Integer.toString(files.count()), "ms", inJvm);
        report.samples("files", "OURS_PROCESS", "-", Integer.toString(files.count()), "ms", process);
        report.samples("files", "OPENSSL", "-", Integer.toString(files.count()), "ms", floor);
        report.samples("files", "JVM_FLOOR", "-", Integer.toString(files.count()), "ms", jvmFloor);
        report.samples("files", "JVM_FLOOR_PROCESS", "-", Integer.toString(files.count()), "ms", jvmFloorProcess);
        report.target("files only: validate() inside the JVM ÷ openssl floor", inJvm.median() / floorMedian, 2);
        report.target("files only: whole process ÷ openssl floor", process.median() / floorMedian, 2);
        report.note(String.format(Locale.ROOT, "Files only: the JVM floor alone takes %s of the openssl floor (whole"
                + " process); validate() takes %s of the JVM floor inside the JVM.",
                Format.ratio(jvmProcessMedian / floorMedian), Format.ratio(inJvm.median() / jvmMedian)));
    }

    /** @return the time in ms of one {@code openssl dgst -sha256} over every file of the folder */
    private static double openssl(Path folder) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl", "dgst", "-sha256"));
        try (Stream<Path> listing = Files.list(folder)) {
            listing.map(path -> path.getFileName().toString()).sorted().forEach(command::add);
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT);
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        long elapsed = System.nanoTime() - start;
        if (exit != 0) {
            throw new IllegalStateException("openssl dgst failed with exit code " + exit);
        }
        return elapsed / 1e6;
    }
}
