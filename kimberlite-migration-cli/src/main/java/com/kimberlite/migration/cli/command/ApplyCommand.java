package com.kimberlite.migration.cli.command;

import com.kimberlite.migration.ApplyOptions;
import com.kimberlite.migration.ApplyResult;
import com.kimberlite.migration.MigrationInfo;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.MigrationResult;
import com.kimberlite.migration.MigrationState;
import com.kimberlite.migration.cli.ExitCode;
import com.kimberlite.migration.cli.JsonOption;
import com.kimberlite.migration.cli.VersionProvider;
import com.kimberlite.migration.cli.output.Json;
import com.kimberlite.migration.cli.output.Output;
import com.kimberlite.migration.cli.output.ProgressBar;
import com.kimberlite.migration.cli.output.RunReport;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code apply}: runs the pending migrations, each in its own transaction. */
@Command(name = "apply", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Applies the pending migrations.",
                "Validates first, then applies them in id order, each in its own transaction."})
public final class ApplyCommand extends MigrationCommand {

    /** Above this many pending migrations, a terminal shows a progress bar. */
    static final int PROGRESS_THRESHOLD = 10;

    @Mixin
    private DatabaseOptions database;

    @Mixin
    private LockTimeoutOption lockTimeout;

    @Option(names = "--to", paramLabel = "ID", description = "Apply up to and including this migration id.")
    private Long to;

    @Option(names = "--dry-run", description = "Print the statements that would run; change nothing.")
    private boolean dryRun;

    @Option(names = "--allow-out-of-order",
            description = "Apply pending migrations whose id is below the highest applied id.")
    private boolean allowOutOfOrder;

    @Mixin
    private JsonOption json;

    @Override
    protected int run(Project project, Output out) {
        MigrationManager manager = database.manager("apply", project, lockTimeout.applyTo(project.config()), context(),
                true);
        ApplyOptions options = ApplyOptions.defaults().dryRun(dryRun).allowOutOfOrder(allowOutOfOrder);
        if (to != null) {
            options = options.target(to);
        }
        if (json.enabled()) {
            ApplyResult result = manager.apply(options);
            out.json(RunReport.json(result.migrations(), result.duration(),
                    Json.object("dry_run", result.dryRun(), "applied", result.appliedCount())));
        } else if (dryRun) {
            out.line("Planning pending migrations in project " + out.style().code(project.dir().toString())
                    + " (dry run: nothing is changed)");
            printPlan(manager.apply(options), out);
        } else {
            out.line("Applying pending migrations in project " + out.style().code(project.dir().toString()));
            applyPending(manager, options, out);
        }
        return ExitCode.OK;
    }

    private void applyPending(MigrationManager manager, ApplyOptions options, Output out) {
        List<MigrationInfo> pending = manager.status().inState(MigrationState.PENDING).stream()
                .filter(info -> to == null || info.id() <= to)
                .toList();
        if (pending.isEmpty()) {
            out.success("No pending migrations");
            return;
        }
        out.blank();
        out.line("Pending migrations:");
        pending.forEach(info -> RunReport.item(info.id(), info.name(), out));
        out.blank();
        boolean showBar = out.interactive() && pending.size() > PROGRESS_THRESHOLD;
        ProgressBar bar = new ProgressBar(out, pending.size(), showBar);
        ApplyResult result;
        try {
            bar.show(0, label(pending, 0));
            result = manager.apply(options, applied -> {
                bar.clear();
                RunReport.line("Applied", applied, out);
                if (bar.done() + 1 < pending.size()) {
                    bar.advance(label(pending, bar.done() + 1));
                }
            });
        } finally {
            bar.clear();
        }
        out.blank();
        out.success("Applied " + result.appliedCount() + " migration(s) in " + Output.duration(result.duration()));
    }

    private static String label(List<MigrationInfo> pending, int index) {
        return pending.get(index).id() + " " + pending.get(index).name();
    }

    private static void printPlan(ApplyResult plan, Output out) {
        if (plan.migrations().isEmpty()) {
            out.success("No pending migrations");
            return;
        }
        out.blank();
        out.line("Pending migrations:");
        plan.migrations().forEach(migration -> RunReport.item(migration.id(), migration.name(), out));
        for (MigrationResult migration : plan.migrations()) {
            out.blank();
            out.line(out.style().code("-- " + migration.id() + " " + migration.name()));
            for (String statement : migration.statements()) {
                out.line(statement.endsWith(";") ? statement : statement + ";");
            }
        }
        out.blank();
        out.success("Dry run: " + plan.migrations().size() + " migration(s) would be applied; nothing was changed");
    }
}
