package com.kimberlite.migration.internal.command;

import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.MigrationExecutor;
import com.kimberlite.migration.MigrationFile;
import com.kimberlite.migration.MigrationLock;
import com.kimberlite.migration.MigrationResult;
import com.kimberlite.migration.MigrationScript;
import com.kimberlite.migration.MigrationState;
import com.kimberlite.migration.MigrationTracker;
import com.kimberlite.migration.NoDownMigrationException;
import com.kimberlite.migration.RollbackOptions;
import com.kimberlite.migration.RollbackResult;
import com.kimberlite.migration.SqlStatement;
import com.kimberlite.migration.internal.validation.Snapshot;
import com.kimberlite.migration.internal.validation.Validator;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rollback command: runs the down-section of applied migrations, newest first, each in its
 * own transaction, and removes their records. Lock entries stay: the files must still match.
 */
public final class Rollback {

    private static final Logger LOG = System.getLogger("com.kimberlite.migration");

    private Rollback() {
    }

    /**
     * @param workspace what to work on
     * @param options which migrations, and whether to force
     * @return what was rolled back, in order
     * @throws NoDownMigrationException if one has no down-SQL and {@code force} is not set; nothing
     *     was rolled back then
     */
    public static RollbackResult run(Workspace workspace, RollbackOptions options) {
        long start = System.nanoTime();
        MigrationExecutor executor = workspace.requireExecutor();
        try (MigrationLock lock = workspace.tracker().acquireLock(workspace.config().lockTimeout())) {
            Snapshot<AppliedMigration> snapshot = workspace.snapshot();
            Validator.checked(snapshot);
            List<MigrationFile> targets = targets(snapshot, options);
            if (!options.force()) {
                for (MigrationFile file : targets) {
                    if (!hasDownStatements(file)) {
                        throw new NoDownMigrationException(file.id(), file.name());
                    }
                }
            }
            List<MigrationResult> results = new ArrayList<>(targets.size());
            for (MigrationFile file : targets) {
                results.add(rollBackOne(workspace.tracker(), executor, file));
            }
            return new RollbackResult(results, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static List<MigrationFile> targets(Snapshot<AppliedMigration> snapshot, RollbackOptions options) {
        Map<Long, MigrationFile> files = snapshot.files().stream()
                .collect(Collectors.toMap(MigrationFile::id, Function.identity()));
        List<AppliedMigration> newestFirst = new ArrayList<>(snapshot.applied());
        java.util.Collections.reverse(newestFirst);
        Stream<AppliedMigration> chosen = options.count().isPresent()
                ? newestFirst.stream().limit(options.count().getAsInt())
                : newestFirst.stream().filter(record -> record.id() > options.toId().getAsLong());
        return chosen.map(record -> files.get(record.id())).toList();
    }

    private static boolean hasDownStatements(MigrationFile file) {
        try (Stream<SqlStatement> statements = new MigrationScript(file, MigrationScript.Direction.DOWN).statements()) {
            return statements.findAny().isPresent();
        }
    }

    private static MigrationResult rollBackOne(MigrationTracker tracker, MigrationExecutor executor,
            MigrationFile file) {
        long start = System.nanoTime();
        if (!hasDownStatements(file)) {
            tracker.removeApplied(file.id());
            String note = "FORCED: record removed without running any down-SQL; the database keeps the changes"
                    + " of migration " + file.id() + " (" + file.name() + ")";
            LOG.log(Level.WARNING, note);
            return new MigrationResult(file.id(), file.name(), MigrationState.PENDING, Duration.ZERO, List.of(), note);
        }
        MigrationScript script = new MigrationScript(file, MigrationScript.Direction.DOWN);
        if (tracker.recordsInTransaction() && script.transactional() && executor.transactionalDdl()) {
            executor.execute(script, context -> tracker.removeApplied(file.id(), context));
        } else {
            executor.execute(script, context -> { });
            tracker.removeApplied(file.id());
        }
        return new MigrationResult(file.id(), file.name(), MigrationState.PENDING,
                Duration.ofNanos(System.nanoTime() - start), List.of(), "");
    }
}
