package com.kimberlite.migration.cli.command;

import com.kimberlite.migration.MigrationConfig;
import com.kimberlite.migration.MigrationFile;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.cli.ExitCode;
import com.kimberlite.migration.cli.VersionProvider;
import com.kimberlite.migration.cli.output.Output;
import com.kimberlite.migration.cli.output.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code create NAME}: writes the next migration file from the template of Kimberlite's tool. */
@Command(name = "create", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Creates the next migration file.",
                "Writes NNNN_name.sql, with the next free id, into the migrations folder."})
public final class CreateCommand extends MigrationCommand {

    @Parameters(paramLabel = "NAME",
            description = "Name of the migration: 1 to 100 letters, digits, '_' or '-' (e.g. add_users_table).")
    private String name;

    @Option(names = "--auto-timestamp", negatable = true,
            description = "Whether to write a '-- Created:' header (default: auto_timestamp in the [migrations]"
                    + " table of kimberlite.toml, else true).")
    private Boolean autoTimestamp;

    @Option(names = "--author", paramLabel = "AUTHOR", description = "Value of the '-- Author:' header.")
    private String author;

    @Override
    protected int run(Project project, Output out) {
        Style style = out.style();
        MigrationConfig.Builder config = project.config().author(author);
        if (autoTimestamp != null) {
            config.autoTimestamp(autoTimestamp);
        }
        out.line("Creating migration " + style.bold(name) + " in project " + style.code(project.dir().toString()));
        MigrationFile file = new MigrationManager(config.build()).create(name);
        out.success("Created " + style.code(file.path().toString()));
        out.blank();
        out.line("Migration ID: " + file.id());
        out.line("File: " + style.code(file.path().toString()));
        out.blank();
        out.line("Edit the file to add your SQL migration, then run:");
        String projectFlag = project.dir().toString().equals(".") ? "" : " --project " + project.dir();
        out.line("  " + style.code("kimberlite-migration apply" + projectFlag));
        return ExitCode.OK;
    }
}
