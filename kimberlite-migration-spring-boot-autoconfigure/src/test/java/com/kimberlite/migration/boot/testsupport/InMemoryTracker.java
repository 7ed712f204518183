package com.kimberlite.migration.boot.testsupport;

import com.kimberlite.migration.AlreadyAppliedException;
import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.MigrationLock;
import com.kimberlite.migration.MigrationTracker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A tracker that keeps its records in memory, for tests that need records without a database. */
public final class InMemoryTracker implements MigrationTracker {

    private final List<AppliedMigration> records = new ArrayList<>();

    private final List<AppliedMigration> started = new ArrayList<>();

    @Override
    public synchronized List<AppliedMigration> listApplied() {
        return List.copyOf(this.records);
    }

    @Override
    public synchronized void recordApplied(AppliedMigration record) {
        if (this.records.stream().anyMatch((r) -> r.id() == record.id())) {
            throw new AlreadyAppliedException(record.id(), describe());
        }
        this.records.add(record);
        clearStarted(record.id());
    }

    @Override
    public synchronized boolean removeApplied(long id) {
        return this.records.removeIf((r) -> r.id() == id);
    }

    @Override
    public synchronized List<AppliedMigration> listStarted() {
        return List.copyOf(this.started);
    }

    @Override
    public synchronized void markStarted(AppliedMigration mark) {
        clearStarted(mark.id());
        this.started.add(mark);
    }

    @Override
    public synchronized void clearStarted(long id) {
        this.started.removeIf((r) -> r.id() == id);
    }

    @Override
    public MigrationLock acquireLock(Duration timeout) {
        return () -> {
        };
    }

    @Override
    public String describe() {
        return "memory";
    }
}
