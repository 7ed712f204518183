package com.kimberlite.migration.cli.command;

import com.kimberlite.migration.cli.CliContext;
import com.kimberlite.migration.cli.KimberliteMigration;
import com.kimberlite.migration.cli.output.Output;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * What every subcommand shares: the project options, the context of the run, and its output.
 * A subcommand implements {@link #run(Project, Output)}; failures are thrown and turned into exit
 * codes and messages in one place.
 */
abstract class MigrationCommand implements Callable<Integer> {

    @ParentCommand
    private KimberliteMigration root;

    @Mixin
    private ProjectOptions projectOptions;

    @Override
    public final Integer call() {
        Project project = projectOptions.resolve();
        return run(project, root.output());
    }

    /**
     * Runs the command.
     *
     * @param project the project, checked and its {@code kimberlite.toml} read
     * @param out standard output
     * @return the exit code
     */
    protected abstract int run(Project project, Output out);

    /** @return output, environment and terminal of this run */
    protected final CliContext context() {
        return root.context();
    }
}
