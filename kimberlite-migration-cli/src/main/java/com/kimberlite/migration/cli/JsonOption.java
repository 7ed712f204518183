package com.kimberlite.migration.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --json} option, mixed into the commands that can answer with one JSON document. When
 * such a command fails with the option given, {@link ErrorReporter} writes the error as JSON to
 * standard output as well as in words to standard error.
 */
public final class JsonOption {

    @Option(names = "--json", description = "Print one JSON document on standard output instead of the text output.")
    private boolean enabled;

    /** @return whether {@code --json} was given */
    public boolean enabled() {
        return enabled;
    }
}
