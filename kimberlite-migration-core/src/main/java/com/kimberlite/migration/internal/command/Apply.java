package com.kimberlite.migration.internal.command;

import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.ChecksumMismatchException;
import com.kimberlite.migration.ApplyOptions;
import com.kimberlite.migration.ApplyResult;
import com.kimberlite.migration.LockFile;
import com.kimberlite.migration.MigrationExecutionException;
import com.kimberlite.migration.MigrationExecutor;
import com.kimberlite.migration.MigrationFile;
import com.kimberlite.migration.MigrationLock;
import com.kimberlite.migration.MigrationParseException;
import com.kimberlite.migration.MigrationResult;
import com.kimberlite.migration.MigrationScript;
import com.kimberlite.migration.MigrationState;
import com.kimberlite.migration.MigrationTracker;
import com.kimberlite.migration.OutOfOrderMigrationException;
import com.kimberlite.migration.RecordedMigration;
import com.kimberlite.migration.SqlStatement;
import com.kimberlite.migration.internal.validation.Snapshot;
import com.kimberlite.migration.internal.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The apply command: validate, plan, lock the checksums, then run each pending migration in id
 * order and record it.
 */
public final class Apply {

    private Apply() {
    }

    /**
     * @param workspace what to work on
     * @param options target, dry run, out-of-order
     * @param listener told of each migration as soon as it is applied (or planned)
     * @return what was applied or planned
     */
    public static ApplyResult run(Workspace workspace, ApplyOptions options, Consumer<MigrationResult> listener) {
        long start = System.nanoTime();
        if (options.dryRun()) {
            List<MigrationResult> planned = new ArrayList<>();
            for (MigrationFile file : plan(workspace.snapshotToCheck(), options)) {
                MigrationResult result = new MigrationResult(file.id(), file.name(), MigrationState.PENDING,
                        Duration.ZERO, statements(file), "dry run: not applied");
                planned.add(result);
                listener.accept(result);
            }
            return new ApplyResult(planned, true, Duration.ofNanos(System.nanoTime() - start));
        }
        MigrationExecutor executor = workspace.requireExecutor();
        try (MigrationLock lock = workspace.tracker().acquireLock(workspace.config().lockTimeout())) {
            Snapshot<RecordedMigration> snapshot = workspace.snapshotToCheck();
            List<MigrationFile> plan = plan(snapshot, options);
            lockChecksums(workspace, snapshot.lock(), plan);
            List<MigrationResult> applied = new ArrayList<>(plan.size());
            for (MigrationFile file : plan) {
                MigrationResult result = applyOne(workspace, executor, file);
                applied.add(result);
                listener.accept(result);
            }
            return new ApplyResult(applied, false, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * Validates the snapshot and picks the migrations to apply.
     *
     * @param snapshot what was read
     * @param options target and out-of-order
     * @return the pending migrations to apply, in id order
     */
    static List<MigrationFile> plan(Snapshot<?> snapshot, ApplyOptions options) {
        // valid: every migration is applied (its file recorded with the same checksum) or pending
        Validator.Checked checked = Validator.checked(snapshot);
        OptionalLong target = options.target();
        List<MigrationFile> plan = new ArrayList<>();
        for (MigrationFile file : checked.pending()) {
            if (target.isPresent() && file.id() > target.getAsLong()) {
                continue;
            }
            if (file.id() < checked.highestApplied() && !options.allowOutOfOrder()) {
                throw new OutOfOrderMigrationException(file.id(), file.name(), file.path(), checked.highestApplied());
            }
            plan.add(file);
        }
        return plan;
    }

    private static List<String> statements(MigrationFile file) {
        try (Stream<SqlStatement> statements = new MigrationScript(file, MigrationScript.Direction.UP).statements()) {
            return statements.map(SqlStatement::sql).toList();
        }
    }

    private static void lockChecksums(Workspace workspace, LockFile lock, List<MigrationFile> plan) {
        if (lock.update(plan)) {
            lock.save(workspace.config().lockFilePath());
        }
    }

    private static MigrationResult applyOne(Workspace workspace, MigrationExecutor executor, MigrationFile file) {
        MigrationTracker tracker = workspace.tracker();
        MigrationScript script = new MigrationScript(file, MigrationScript.Direction.UP);
        long start = System.nanoTime();
        boolean atomic = script.transactional() && executor.transactionalDdl();
        boolean recordsInTransaction = tracker.recordsInTransaction();
        MigrationExecutor.TransactionCallback recordInTransaction = context -> tracker.recordApplied(
                record(workspace, file, start), context);
        if (recordsInTransaction && atomic) {
            executor.execute(script, recordInTransaction);
        } else {
            // Not atomic: the mark tells a later run that the migration may be partly applied.
            tracker.markStarted(record(workspace, file, start));
            try {
                executor.execute(script, recordsInTransaction ? recordInTransaction : context -> { });
            } catch (MigrationExecutionException e) {
                if (!e.partiallyApplied()) {
                    tracker.clearStarted(file.id());
                }
                throw e;
            } catch (MigrationParseException | ChecksumMismatchException e) {
                // thrown while the statements streamed, before the commit: only an atomic migration surely left nothing
                if (atomic) {
                    tracker.clearStarted(file.id());
                }
                throw e;
            }
            if (!recordsInTransaction) {
                tracker.recordApplied(record(workspace, file, start));
            }
        }
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        return new MigrationResult(file.id(), file.name(), MigrationState.APPLIED, duration, List.of(), "");
    }

    private static AppliedMigration record(Workspace workspace, MigrationFile file, long start) {
        long elapsedMs = Duration.ofNanos(System.nanoTime() - start).toMillis();
        return new AppliedMigration(file.id(), file.name(), file.checksum(), Instant.now(),
                workspace.config().appliedBy(), OptionalLong.of(elapsedMs));
    }
}
