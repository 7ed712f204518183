package com.kimberlite.migration.cli.command;

import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.MigrationResult;
import com.kimberlite.migration.RollbackOptions;
import com.kimberlite.migration.RollbackResult;
import com.kimberlite.migration.cli.ExitCode;
import com.kimberlite.migration.cli.JsonOption;
import com.kimberlite.migration.cli.VersionProvider;
import com.kimberlite.migration.cli.output.Json;
import com.kimberlite.migration.cli.output.Output;
import com.kimberlite.migration.cli.output.RunReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rollback}: runs the down-sections of the newest applied migrations. */
@Command(name = "rollback", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Rolls back applied migrations, newest first.",
                "Runs each one's down-section in a transaction and removes its record. Without --count or --to,"
                        + " rolls back the last one."})
public final class RollbackCommand extends MigrationCommand {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOptions database;

    @Mixin
    private LockTimeoutOption lockTimeout;

    @ArgGroup(exclusive = true)
    private Target target;

    @Option(names = "--force",
            description = "Roll back migrations without a down-section by removing their records only; the"
                    + " database keeps their changes.")
    private boolean force;

    @Mixin
    private JsonOption json;

    /** Either {@code --count} or {@code --to}. */
    static final class Target {

        @Option(names = "--count", paramLabel = "N", required = true,
                description = "Roll back the last N applied migrations (default: 1).")
        private Integer count;

        @Option(names = "--to", paramLabel = "ID", required = true,
                description = "Roll back every applied migration above this id (0 rolls back all).")
        private Long toId;
    }

    @Override
    protected int run(Project project, Output out) {
        RollbackOptions options = options();
        MigrationManager manager = database.manager("rollback", project, lockTimeout.applyTo(project.config()),
                context(), true);
        if (json.enabled()) {
            RollbackResult result = manager.rollback(options);
            out.json(RunReport.json(result.migrations(), result.duration(),
                    Json.object("rolled_back", result.migrations().size())));
            return ExitCode.OK;
        }
        out.line("Rolling back migrations in project " + out.style().code(project.dir().toString()));
        RollbackResult result = manager.rollback(options);
        if (result.migrations().isEmpty()) {
            out.success("Nothing to roll back");
            return ExitCode.OK;
        }
        out.blank();
        for (MigrationResult migration : result.migrations()) {
            RunReport.line("Rolled back", migration, out);
        }
        out.blank();
        out.success("Rolled back " + result.migrations().size() + " migration(s) in "
                + Output.duration(result.duration()));
        return ExitCode.OK;
    }

    private RollbackOptions options() {
        if (target == null) {
            return RollbackOptions.last(1).force(force);
        }
        if (target.count != null && target.count < 1) {
            throw new ParameterException(spec.commandLine(), "--count must be at least 1, found " + target.count);
        }
        if (target.toId != null && target.toId < 0) {
            throw new ParameterException(spec.commandLine(), "--to must not be negative, found " + target.toId);
        }
        RollbackOptions options = target.count != null ? RollbackOptions.last(target.count)
                : RollbackOptions.to(target.toId);
        return options.force(force);
    }
}
