package com.kimberlite.migration.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged {@code kimberlite-migration.jar} as a real process: no terminal (standard input
 * is empty), a clean environment plus the variables given, output captured to files.
 */
final class JarProcess {

    /** The jar that {@code package} built; failsafe passes its path. */
    static final Path JAR = Path.of(System.getProperty("cli.jar", "target/kimberlite-migration.jar")).toAbsolutePath();

    private final Path workDir;
    private final Map<String, String> env = new HashMap<>();

    private JarProcess(Path workDir) {
        this.workDir = workDir;
    }

    static JarProcess in(Path workDir) {
        return new JarProcess(workDir);
    }

    JarProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    Cli.Run java(String... args) {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    Cli.Run run(List<String> command) {
        try {
            Path out = Files.createTempFile("cli-out", ".txt");
            Path err = Files.createTempFile("cli-err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().remove(CliContext.PASSWORD_VARIABLE);
            builder.environment().remove("NO_COLOR");
            builder.environment().putAll(env);
            java.lang.Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + command);
            }
            Cli.Run run = new Cli.Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), List.of());
            Files.delete(out);
            Files.delete(err);
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
