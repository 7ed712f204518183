package com.kimberlite.migration.cli;

import com.kimberlite.migration.DatabaseException;
import com.kimberlite.migration.LockTimeoutException;
import com.kimberlite.migration.MigrationException;
import java.sql.SQLException;
import picocli.CommandLine.ParameterException;

/** The exit codes of {@code kimberlite-migration}, and which failure ends with which. */
public final class ExitCode {

    /** Success. */
    public static final int OK = 0;

    /** A validation or migration failure: any {@link MigrationException}, or a declined prompt. */
    public static final int FAILURE = 1;

    /** A usage error: a bad flag or value, an unknown command, a missing project folder. */
    public static final int USAGE = 2;

    /**
     * The database cannot be reached (no connection, wrong password), or another process held the
     * migration lock for longer than the timeout.
     */
    public static final int UNAVAILABLE = 3;

    private ExitCode() {
    }

    /**
     * The exit code for a failure.
     *
     * @param failure what was thrown while a command ran
     * @return {@link #UNAVAILABLE} for {@link DatabaseException}, {@link LockTimeoutException} and
     *     {@link SQLException}; {@link #USAGE} for {@link ParameterException} and
     *     {@link IllegalArgumentException}; {@link #FAILURE} otherwise
     */
    public static int of(Throwable failure) {
        if (failure instanceof CliException cli) {
            return cli.exitCode();
        }
        if (failure instanceof DatabaseException || failure instanceof LockTimeoutException
                || failure instanceof SQLException) {
            return UNAVAILABLE;
        }
        if (failure instanceof ParameterException || failure instanceof IllegalArgumentException) {
            return USAGE;
        }
        return FAILURE;
    }
}
