package com.kimberlite.migration.cli;

import java.util.Optional;

/**
 * The user's terminal, when there is one: whether output goes to a person, and how to ask that
 * person for a line or a password. Tests pass their own implementation.
 */
public interface Terminal {

    /**
     * Whether standard input and output are an interactive terminal. Colours, progress bars,
     * prompts and confirmations are used only then.
     *
     * @return {@code true} on a terminal
     */
    boolean isInteractive();

    /**
     * Asks for one line of input.
     *
     * @param prompt the text shown before the cursor
     * @return the line without its line end, or empty when there is no terminal or input ended
     */
    Optional<String> readLine(String prompt);

    /**
     * Asks for a password without echoing it.
     *
     * @param prompt the text shown before the cursor
     * @return the password, or empty when there is no terminal or input ended
     */
    Optional<char[]> readPassword(String prompt);

    /**
     * The terminal of this process: {@link System#console()}, which exists only when both standard
     * input and standard output are a terminal.
     *
     * @return the system terminal
     */
    static Terminal system() {
        return new Terminal() {
            @Override
            public boolean isInteractive() {
                return System.console() != null;
            }

            @Override
            public Optional<String> readLine(String prompt) {
                return Optional.ofNullable(System.console()).map(console -> console.readLine("%s", prompt));
            }

            @Override
            public Optional<char[]> readPassword(String prompt) {
                return Optional.ofNullable(System.console()).map(console -> console.readPassword("%s", prompt));
            }
        };
    }
}
