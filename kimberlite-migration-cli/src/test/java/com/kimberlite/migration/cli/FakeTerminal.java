package com.kimberlite.migration.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A terminal for tests: interactive or not, answering prompts from a queue and recording them. */
final class FakeTerminal implements Terminal {

    private final boolean interactive;
    private final Deque<String> answers = new ArrayDeque<>();
    private final List<String> prompts = new ArrayList<>();

    FakeTerminal(boolean interactive, List<String> answers) {
        this.interactive = interactive;
        this.answers.addAll(answers);
    }

    @Override
    public boolean isInteractive() {
        return interactive;
    }

    @Override
    public Optional<String> readLine(String prompt) {
        prompts.add(prompt);
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<char[]> readPassword(String prompt) {
        prompts.add(prompt);
        return Optional.ofNullable(answers.poll()).map(String::toCharArray);
    }

    List<String> prompts() {
        return prompts;
    }
}
