package com.kimberlite.migration.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs {@code kimberlite-migration} in this process with captured output, environment and terminal. */
final class Cli {

    private final Map<String, String> env = new HashMap<>();
    private final List<String> answers = new ArrayList<>();
    private boolean terminal;

    static Cli cli() {
        return new Cli();
    }

    Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    Cli terminal() {
        terminal = true;
        return this;
    }

    /** Lines typed at the prompts (passwords and confirmations), in order. */
    Cli answers(String... lines) {
        answers.addAll(List.of(lines));
        return this;
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        FakeTerminal fake = new FakeTerminal(terminal, answers);
        CliContext context = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true), env, fake);
        int exitCode = KimberliteMigration.execute(context, args);
        return new Run(exitCode, out.toString(), err.toString(), fake.prompts());
    }

    /** The outcome of one run. */
    record Run(int exitCode, String out, String err, List<String> prompts) {
    }
}
