package com.kimberlite.migration.cli.command;

import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.cli.ExitCode;
import com.kimberlite.migration.cli.JsonOption;
import com.kimberlite.migration.cli.VersionProvider;
import com.kimberlite.migration.cli.output.Json;
import com.kimberlite.migration.cli.output.Output;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code validate}: checksums, missing files, interrupted applications and the id sequence. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Checks the migrations against the lock file and the records.",
                "Compares each file with the lock file and the applied records, checks that no file is missing,"
                        + " that no application was interrupted, and that the ids have no gap."})
public final class ValidateCommand extends MigrationCommand {

    private static final List<String> CHECKS = List.of("files_parsed", "checksums_match", "sequence_has_no_gaps");

    @Mixin
    private DatabaseOptions database;

    @Mixin
    private JsonOption json;

    @Override
    protected int run(Project project, Output out) {
        MigrationManager manager = database.manager("validate", project, project.config(), context(), false);
        if (!json.enabled()) {
            out.line("Validating migrations in project " + out.style().code(project.dir().toString()));
        }
        // a valid project has no missing file: every migration of the status has its file
        int files = manager.validate().total();
        if (json.enabled()) {
            out.json(Json.object("ok", true, "files", files, "checks", CHECKS));
        } else {
            out.success("Migration files parsed (" + files + ")");
            out.success("Checksums match the lock file and applied records");
            out.success("Sequence has no gaps");
        }
        return ExitCode.OK;
    }
}
