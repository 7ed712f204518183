package com.kimberlite.migration.benchmarks.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The machine a run measures on, as its own commands print it: cores, memory, JDK, load. */
public final class Machine {

    private Machine() {
    }

    /** @return {@code nproc}, {@code free -h}, {@code java -version} and {@code uname -srm}, as Markdown */
    public static String describe() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return "- cores (`nproc`): " + run("nproc").strip() + "\n"
                + "- kernel (`uname -srm`): " + run("uname", "-srm").strip() + "\n"
                + "- memory (`free -h`):\n\n```\n" + run("free", "-h").stripTrailing() + "\n```\n\n"
                + "- JDK (`java -version`, the same for every child JVM):\n\n```\n"
                + run(java, "-version").stripTrailing() + "\n```\n";
    }

    /** @return the output of {@code uptime}: the load averages of the last 1, 5 and 15 minutes */
    public static String load() {
        return run("uptime").strip();
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        }
    }
}
