package com.kimberlite.migration.cli.command;

import com.kimberlite.migration.MigrationConfig;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.TrackerType;
import com.kimberlite.migration.cli.CliContext;
import com.kimberlite.migration.cli.CliException;
import com.kimberlite.migration.cli.ExitCode;
import com.kimberlite.migration.cli.database.DriverManagerDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of commands that may use the database: {@code --url}, {@code --user},
 * {@code --tracker}, {@code --table}. The password is never an option: it comes from
 * {@value CliContext#PASSWORD_VARIABLE}, or from a prompt on a terminal when a user is set.
 */
public final class DatabaseOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--url", paramLabel = "JDBC_URL",
            description = "JDBC URL of the database (default: url in the [database] table of kimberlite.toml)."
                    + " The password comes from " + CliContext.PASSWORD_VARIABLE + " or a prompt.")
    private String url;

    @Option(names = "--user", paramLabel = "USER",
            description = "Database user (default: user in the [database] table of kimberlite.toml).")
    private String user;

    @Option(names = "--tracker", paramLabel = "file|jdbc", defaultValue = "file",
            description = "Where applied migrations are recorded: file (the default: applied.toml in the state"
                    + " folder) or jdbc (a table in the database).")
    private TrackerType tracker;

    @Option(names = "--table", paramLabel = "TABLE",
            description = "Table of the jdbc tracker (default: " + MigrationConfig.DEFAULT_TABLE + ").")
    private String table;

    /**
     * Opens the manager for a command: over the database when the command needs one or the
     * records are kept there ({@code --tracker jdbc}), else over the project's files only.
     *
     * @param command the command's name, for messages
     * @param project the project
     * @param config the configuration so far; tracker and table are set here
     * @param context the environment, for the password
     * @param needsDatabase whether the command runs SQL
     * @return the manager
     * @throws CliException with {@link ExitCode#USAGE} when a database is needed and no URL is set,
     *     with {@link ExitCode#UNAVAILABLE} when it cannot be connected to
     */
    public MigrationManager manager(String command, Project project, MigrationConfig.Builder config,
            CliContext context, boolean needsDatabase) {
        MigrationConfig migrationConfig = configure(config);
        if (!needsDatabase && tracker != TrackerType.JDBC) {
            return new MigrationManager(migrationConfig);
        }
        String jdbcUrl = Optional.ofNullable(url).or(() -> project.settings().databaseUrl())
                .orElseThrow(() -> new CliException(ExitCode.USAGE, "'" + command + "' needs a database"
                        + (needsDatabase ? "" : " (the jdbc tracker keeps its records there)")
                        + ": pass --url JDBC_URL, or set url in the [database] table of " + project.projectFile()
                        + ". The password comes from " + CliContext.PASSWORD_VARIABLE + " or a prompt."));
        Optional<String> jdbcUser = Optional.ofNullable(user).or(() -> project.settings().databaseUser());
        DriverManagerDataSource dataSource = new DriverManagerDataSource(jdbcUrl, jdbcUser,
                password(context, jdbcUser));
        checkConnection(dataSource, jdbcUser);
        return new MigrationManager(migrationConfig, dataSource);
    }

    private MigrationConfig configure(MigrationConfig.Builder config) {
        try {
            config.tracker(tracker);
            if (table != null) {
                config.table(table);
            }
            return config.build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static Optional<String> password(CliContext context, Optional<String> user) {
        Optional<String> fromEnvironment = context.variable(CliContext.PASSWORD_VARIABLE);
        if (fromEnvironment.isPresent() || user.isEmpty() || !context.terminal().isInteractive()) {
            return fromEnvironment;
        }
        return context.terminal().readPassword("Password for " + user.get() + ": ")
                .map(String::new)
                .filter(value -> !value.isEmpty());
    }

    private static void checkConnection(DriverManagerDataSource dataSource, Optional<String> user) {
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new CliException(ExitCode.UNAVAILABLE, "Cannot connect to the database "
                    + redact(dataSource.url()) + user.map(name -> " as " + name).orElse("") + ": "
                    + String.valueOf(e.getMessage()).strip() + ". Check the URL and the user, and the password in "
                    + CliContext.PASSWORD_VARIABLE + " (or type it at the prompt on a terminal).", e);
        }
    }

    /**
     * @param url a JDBC URL
     * @return the URL with the value of any {@code password=} parameter hidden
     */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
