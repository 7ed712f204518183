package com.kimberlite.migration.cli.command;

import com.kimberlite.migration.MigrationStatus;
import com.kimberlite.migration.cli.ExitCode;
import com.kimberlite.migration.cli.JsonOption;
import com.kimberlite.migration.cli.VersionProvider;
import com.kimberlite.migration.cli.output.Output;
import com.kimberlite.migration.cli.output.StatusReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code status}: every migration with its state, from the files, the lock file and the records. */
@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Shows every migration and its state.",
                "States: Applied, Pending, Modified, Missing, Interrupted."})
public final class StatusCommand extends MigrationCommand {

    @Mixin
    private DatabaseOptions database;

    @Mixin
    private JsonOption json;

    @Override
    protected int run(Project project, Output out) {
        MigrationStatus status = database.manager("status", project, project.config(), context(), false).status();
        if (json.enabled()) {
            out.json(StatusReport.json(status));
        } else {
            StatusReport.text(status, out);
        }
        return ExitCode.OK;
    }
}
