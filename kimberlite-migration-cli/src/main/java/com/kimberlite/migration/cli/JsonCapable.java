package com.kimberlite.migration.cli;

/**
 * A command that can answer with one JSON document ({@code --json}). When such a command fails,
 * the error is written as JSON to standard output as well as in words to standard error.
 */
public interface JsonCapable {

    /** @return whether {@code --json} was given */
    boolean json();
}
