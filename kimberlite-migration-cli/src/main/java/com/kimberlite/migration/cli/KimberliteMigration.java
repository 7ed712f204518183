package com.kimberlite.migration.cli;

import com.kimberlite.migration.cli.command.ApplyCommand;
import com.kimberlite.migration.cli.command.CreateCommand;
import com.kimberlite.migration.cli.command.LockCommand;
import com.kimberlite.migration.cli.command.RepairCommand;
import com.kimberlite.migration.cli.command.RollbackCommand;
import com.kimberlite.migration.cli.command.StatusCommand;
import com.kimberlite.migration.cli.command.ValidateCommand;
import com.kimberlite.migration.cli.output.Output;
import com.kimberlite.migration.cli.output.Style;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code kimberlite-migration} command: SQL migrations of a Kimberlite project from a terminal
 * or a CI job. Each subcommand is a class of its own in {@code ...cli.command}.
 */
@Command(name = "kimberlite-migration",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Creates, checks and applies the SQL migrations of a Kimberlite project.%n"
                + "Migration files and state files are the same as those of Kimberlite's own tool.",
        subcommands = {CreateCommand.class, StatusCommand.class, ValidateCommand.class, ApplyCommand.class,
                RollbackCommand.class, LockCommand.class, RepairCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:validation or migration failure",
                "2:usage error (bad flag or value, unknown command, missing project folder)",
                "3:cannot connect to the database, or migration lock timeout"})
public final class KimberliteMigration implements Runnable {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print the stack trace of a failure.")
    private boolean verbose;

    /**
     * @param context output, environment and terminal of this run
     */
    public KimberliteMigration(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** @return output, environment and terminal of this run */
    public CliContext context() {
        return context;
    }

    /** @return standard output, coloured only on a terminal without {@code NO_COLOR} */
    public Output output() {
        return new Output(context.out(), new Style(context.colour()), context.terminal().isInteractive());
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a command: one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /**
     * Runs the command line tool.
     *
     * @param context output, environment and terminal
     * @param args the arguments
     * @return the exit code ({@link ExitCode})
     */
    public static int execute(CliContext context, String... args) {
        CommandLine commandLine = new CommandLine(new KimberliteMigration(context));
        ErrorReporter errors = new ErrorReporter(context);
        commandLine.setOut(context.out())
                .setErr(context.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setColorScheme(Help.defaultColorScheme(context.colour() ? Help.Ansi.ON : Help.Ansi.OFF))
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
        int exitCode = commandLine.execute(args);
        context.out().flush();
        context.err().flush();
        return exitCode;
    }

    /**
     * Runs the command line tool in this process and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(execute(CliContext.system(), args));
    }
}
