package com.kimberlite.migration.benchmarks.harness;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Starts a child JVM for one trial, so that every tool runs with a cold JIT and nothing shared, and
 * waits for it. The child's output (standard error merged in) is kept in a log file, and its
 * {@link TrialOutput} line is read back.
 */
public final class ChildJvm {

    private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    private final Path logs;

    /**
     * @param logs the folder for the children's logs
     */
    public ChildJvm(Path logs) {
        this.logs = logs;
    }

    /**
     * What to start.
     *
     * @param name the log file's name, unique in the run
     * @param classpath the class path
     * @param jvmOptions options before the main class, such as {@code -Xmx256m}
     * @param mainClass the class whose {@code main} runs
     * @param args its arguments
     * @param environment variables added to the harness's environment
     */
    public record Spec(String name, String classpath, List<String> jvmOptions, String mainClass, List<String> args,
            Map<String, String> environment) {
    }

    /**
     * What came of it.
     *
     * @param exitCode the exit code
     * @param wallNanos from starting the process to its end
     * @param readyNanos from starting the process to its {@link TrialOutput#READY} line; -1 without one
     * @param result the values of its {@link TrialOutput} line; empty without one
     * @param log the log file
     */
    public record Outcome(int exitCode, long wallNanos, long readyNanos, Map<String, String> result, Path log) {

        /**
         * @param key a value's key
         * @return the value as a number
         * @throws IllegalStateException if the trial failed or did not report the value
         */
        public double number(String key) {
            String value = result.get(key);
            if (exitCode != 0 || value == null) {
                throw new IllegalStateException("the trial failed (exit " + exitCode + ", no " + key + "); see " + log);
            }
            return Double.parseDouble(value);
        }

        /** @return whether it exited normally and reported a result */
        public boolean succeeded() {
            return exitCode == 0 && !result.isEmpty() && !"true".equals(result.get("failed"));
        }
    }

    /**
     * Runs a child to its end.
     *
     * @param spec what to start
     * @param timeout how long it may take before it is killed
     * @return the outcome
     */
    public Outcome run(Spec spec, Duration timeout) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-cp");
        command.add(spec.classpath());
        command.addAll(spec.jvmOptions());
        command.add(spec.mainClass());
        command.addAll(spec.args());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(spec.environment());
        Path log = logs.resolve(spec.name() + ".log");
        List<String> lines = new ArrayList<>();
        AtomicLong readyAt = new AtomicLong(-1);
        try {
            Files.createDirectories(logs);
            long start = System.nanoTime();
            Process process = builder.start();
            Thread reader = new Thread(() -> copy(process, log, lines, readyAt), "log-" + spec.name());
            reader.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
            long wall = System.nanoTime() - start;
            reader.join();
            long ready = readyAt.get() < 0 ? -1 : readyAt.get() - start;
            synchronized (lines) {
                return new Outcome(process.exitValue(), wall, ready, TrialOutput.parse(lines), log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + spec.mainClass(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + spec.name(), e);
        }
    }

    private static void copy(Process process, Path log, List<String> lines, AtomicLong readyAt) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); BufferedWriter out = Files.newBufferedWriter(log)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (readyAt.get() < 0 && line.startsWith(TrialOutput.READY)) {
                    readyAt.set(System.nanoTime());
                }
                if (line.startsWith(TrialOutput.PREFIX)) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
                out.write(line);
                out.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the log " + log, e);
        }
    }
}
