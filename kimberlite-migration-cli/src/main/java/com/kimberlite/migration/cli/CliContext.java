package com.kimberlite.migration.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run of the command sees of the world outside: where output goes, the environment
 * variables and the terminal. {@link #system()} is the real one; tests build their own.
 *
 * @param out standard output (UTF-8)
 * @param err standard error (UTF-8)
 * @param env the environment variables
 * @param terminal the terminal, interactive or not
 */
public record CliContext(PrintWriter out, PrintWriter err, Map<String, String> env, Terminal terminal) {

    /** Environment variable that holds the database password. */
    public static final String PASSWORD_VARIABLE = "KIMBERLITE_DB_PASSWORD";

    /** Checks for {@code null} and copies the environment. */
    public CliContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        env = Map.copyOf(env);
        Objects.requireNonNull(terminal, "terminal");
    }

    /**
     * The process's own standard output and error (written as UTF-8), environment and terminal.
     *
     * @return the context of this process
     */
    public static CliContext system() {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        return new CliContext(out, err, System.getenv(), Terminal.system());
    }

    /**
     * @param name an environment variable
     * @return its value, if set and not empty
     */
    public Optional<String> variable(String name) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isEmpty());
    }

    /**
     * Whether output may be coloured: only on an interactive terminal, and never when the
     * {@code NO_COLOR} variable is set to a non-empty value (see no-color.org) or {@code TERM} is
     * {@code dumb}.
     *
     * @return whether to write ANSI colour codes
     */
    public boolean colour() {
        return terminal.isInteractive() && variable("NO_COLOR").isEmpty()
                && !"dumb".equals(env.get("TERM"));
    }
}
