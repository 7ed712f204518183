package com.kimberlite.migration.internal.tracker;

import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.MigrationTracker;
import java.nio.file.Path;
import java.util.List;

/** TEMPORARY stub until the state layer lands. */
public final class FileTracker implements MigrationTracker {
    public FileTracker(Path p) { }
    public List<AppliedMigration> listApplied() { return List.of(); }
    public void recordApplied(AppliedMigration r) { }
    public boolean removeApplied(long id) { return false; }
    public String describe() { return "x"; }
    public List<AppliedMigration> listStarted() { return List.of(); }
    public void markStarted(AppliedMigration m) { }
    public void clearStarted(long id) { }
    public com.kimberlite.migration.MigrationLock acquireLock(java.time.Duration t) { return FileApplyLock.acquire(Path.of("/tmp/x"), t); }
}
