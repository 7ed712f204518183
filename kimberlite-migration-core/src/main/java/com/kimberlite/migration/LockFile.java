package com.kimberlite.migration;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** TEMPORARY stub until the state layer lands. */
public final class LockFile {
    public static LockFile load(Path p) { return new LockFile(); }
    public void save(Path p) { }
    public void update(List<MigrationFile> files) { }
    public List<LockEntry> entries() { return List.of(); }
    public Optional<LockEntry> entry(long id) { return Optional.empty(); }
}
