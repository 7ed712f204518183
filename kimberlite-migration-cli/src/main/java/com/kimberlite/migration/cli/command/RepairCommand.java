package com.kimberlite.migration.cli.command;

import com.kimberlite.migration.MigrationInfo;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.MigrationState;
import com.kimberlite.migration.RepairAction;
import com.kimberlite.migration.cli.CliException;
import com.kimberlite.migration.cli.ExitCode;
import com.kimberlite.migration.cli.VersionProvider;
import com.kimberlite.migration.cli.output.Output;
import com.kimberlite.migration.cli.output.RunReport;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code repair}: resolves interrupted migrations after a person checked the database. */
@Command(name = "repair", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Resolves interrupted migrations.",
                "An interrupted migration's application started and never finished.",
                "First check the database and complete or undo their statements by hand. By default they are"
                        + " marked pending, so that apply runs them again; with --applied they are recorded as"
                        + " applied."})
public final class RepairCommand extends MigrationCommand {

    @Mixin
    private DatabaseOptions database;

    @Mixin
    private LockTimeoutOption lockTimeout;

    @Option(names = "--applied",
            description = "Record the interrupted migrations as applied: their changes are complete in the database.")
    private boolean applied;

    @Option(names = {"--yes", "-y"}, description = "Do not ask for confirmation (for scripts).")
    private boolean yes;

    @Override
    protected int run(Project project, Output out) {
        MigrationManager manager = database.manager("repair", project, lockTimeout.applyTo(project.config()), context(),
                false);
        List<MigrationInfo> interrupted = manager.status().inState(MigrationState.INTERRUPTED);
        if (interrupted.isEmpty()) {
            out.success("No interrupted migrations: nothing to repair");
            return ExitCode.OK;
        }
        out.line("Interrupted migrations:");
        interrupted.forEach(info -> RunReport.item(info.id(), info.name(), out));
        String state = applied ? "applied" : "pending";
        if (!yes && !confirmed("Mark " + interrupted.size() + " interrupted migration(s) as " + state + "? [y/N] ")) {
            out.line("Aborted: nothing was changed.");
            return ExitCode.FAILURE;
        }
        List<Long> ids = manager.repair(applied ? RepairAction.MARK_APPLIED : RepairAction.MARK_PENDING);
        out.success("Marked " + ids.size() + " migration(s) as " + state + ": " + ids);
        if (!applied) {
            out.line("Run " + out.style().code("kimberlite-migration apply") + " to apply them again.");
        }
        return ExitCode.OK;
    }

    private boolean confirmed(String question) {
        if (!context().terminal().isInteractive()) {
            throw new CliException(ExitCode.USAGE, "repair changes the records of interrupted migrations and asks"
                    + " for confirmation first, but there is no terminal to ask on. Check the database, then run"
                    + " it again with --yes (and --applied if the migrations' changes are complete in the"
                    + " database).");
        }
        String answer = context().terminal().readLine(question).orElse("").strip().toLowerCase(Locale.ROOT);
        return answer.equals("y") || answer.equals("yes");
    }
}
