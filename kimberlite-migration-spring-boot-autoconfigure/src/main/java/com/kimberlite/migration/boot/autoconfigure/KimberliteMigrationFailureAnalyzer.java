package com.kimberlite.migration.boot.autoconfigure;

import com.kimberlite.migration.ChecksumMismatchException;
import com.kimberlite.migration.DatabaseException;
import com.kimberlite.migration.DuplicateMigrationIdException;
import com.kimberlite.migration.InterruptedMigrationException;
import com.kimberlite.migration.InvalidSequenceException;
import com.kimberlite.migration.LockTimeoutException;
import com.kimberlite.migration.MigrationException;
import com.kimberlite.migration.MigrationExecutionException;
import com.kimberlite.migration.MissingMigrationException;
import com.kimberlite.migration.OutOfOrderMigrationException;
import com.kimberlite.migration.ProjectFileException;
import com.kimberlite.migration.StateFileException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns a failed validation or apply on startup into Spring Boot's "APPLICATION FAILED TO START"
 * report: the description names the migration, its file and (for a changed file) both checksums;
 * the action says how to fix it.
 */
final class KimberliteMigrationFailureAnalyzer extends AbstractFailureAnalyzer<MigrationException> {

    /**
     * The most other problems described: a start that finds every file missing (a wrong
     * location) would otherwise describe thousands.
     */
    private static final int OTHER_PROBLEMS_LISTED = 20;

    private final Environment environment;

    /**
     * @param environment the failed application's properties, to name copies of {@code classpath:}
     *     locations by those locations
     */
    KimberliteMigrationFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationException cause) {
        return new FailureAnalysis(description(cause) + otherProblems(cause), action(cause), cause);
    }

    private String description(MigrationException cause) {
        if (cause instanceof ChecksumMismatchException mismatch) {
            return "Kimberlite migration " + mismatch.id() + " (" + mismatch.name()
                    + ") was changed after its checksum was recorded: its checksum does not match.\n\n"
                    + "    File:     " + describe(mismatch.file()) + "\n"
                    + "    Expected: " + mismatch.expected() + " (recorded in " + describe(mismatch.recordedIn())
                    + ")\n"
                    + "    Actual:   " + mismatch.actual();
        }
        return "Kimberlite migrations failed on startup:\n\n    " + describeAll(cause.getMessage()).replace("\n", "\n    ");
    }

    private String describe(Path path) {
        return MigrationLocations.describe(path, this.environment);
    }

    private String describe(String recordedIn) {
        try {
            return describe(Path.of(recordedIn));
        }
        catch (InvalidPathException ex) {
            return recordedIn;
        }
    }

    private String describeAll(String message) {
        return MigrationLocations.describeAll(message, this.environment);
    }

    private String otherProblems(MigrationException cause) {
        Throwable[] all = cause.getSuppressed();
        StringBuilder others = new StringBuilder();
        for (int i = 0; i < Math.min(all.length, OTHER_PROBLEMS_LISTED); i++) {
            others.append((i == 0) ? "\n\nOther problems found:" : "").append("\n    - ")
                .append(describeAll(all[i].getMessage()));
        }
        if (all.length > OTHER_PROBLEMS_LISTED) {
            others.append("\n    ... and ").append(all.length - OTHER_PROBLEMS_LISTED)
                .append(" more; `kimberlite-migration validate` lists them all");
        }
        return others.toString();
    }

    private static String action(MigrationException cause) {
        if (cause instanceof ChecksumMismatchException mismatch) {
            return "Restore " + mismatch.file().getFileName() + " from version control: a migration must not change"
                    + " once it was applied or locked. To change the schema, add a new migration instead of editing"
                    + " this one. (Only if it was never applied anywhere and the change was reviewed, lock it again"
                    + " with `kimberlite-migration lock`.)";
        }
        if (cause instanceof InterruptedMigrationException interrupted) {
            return "Check the database: complete or undo the statements of migration " + interrupted.id()
                    + " by hand, then run `kimberlite-migration repair` to mark it applied or pending, and start"
                    + " the application again.";
        }
        if (cause instanceof MissingMigrationException missing) {
            return "Restore the file of migration " + missing.id() + " (" + missing.name()
                    + ") from version control: a migration that was applied or locked must stay.";
        }
        if (cause instanceof InvalidSequenceException sequence) {
            return "Restore migration " + sequence.expected() + " from version control, or, if "
                    + sequence.file().getFileName() + " was never applied anywhere, renumber it to "
                    + sequence.expected() + ".";
        }
        if (cause instanceof DuplicateMigrationIdException) {
            return "Give the newer file the next free id, keeping the one that was applied.";
        }
        if (cause instanceof OutOfOrderMigrationException) {
            return "Renumber the pending migration above the highest applied id if it was never applied anywhere,"
                    + " or set kimberlite.migrations.out-of-order=true if its order does not matter.";
        }
        if (cause instanceof MigrationExecutionException failed) {
            return failed.partiallyApplied()
                    ? "Check the database: statements of migration " + failed.id() + " before the failed one may have"
                            + " stayed applied. Complete or undo them by hand, run `kimberlite-migration repair`, then"
                            + " fix the failed statement and start the application again."
                    : "Fix the failed statement in " + failed.file().getFileName() + " (line " + failed.line()
                            + "): its transaction was rolled back and nothing was recorded, so the migration may be"
                            + " corrected in place. Then start the application again.";
        }
        if (cause instanceof LockTimeoutException) {
            return "Wait for the other instance to finish applying migrations, or raise"
                    + " kimberlite.migrations.lock-timeout.";
        }
        if (cause instanceof ProjectFileException) {
            return "Fix kimberlite.toml in the working folder, or set kimberlite.migrations.directory: the file is"
                    + " then not read.";
        }
        if (cause instanceof StateFileException) {
            return "Repair the state file by hand (or restore it from a backup); it was not overwritten.";
        }
        if (cause instanceof DatabaseException) {
            return "Check that the database is reachable with the application's DataSource settings, and that its"
                    + " user may create and write the tracker table.";
        }
        return "Fix the problem described above, then start the application again.";
    }
}
