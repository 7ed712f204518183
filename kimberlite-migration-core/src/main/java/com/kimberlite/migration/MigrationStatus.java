package com.kimberlite.migration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every migration known from the files, the lock file and the tracker, each with its
 * {@link MigrationState}, sorted by id.
 *
 * @param migrations the migrations, sorted by id
 */
public record MigrationStatus(List<MigrationInfo> migrations) {

    /** Copies the list. */
    public MigrationStatus {
        migrations = List.copyOf(Objects.requireNonNull(migrations, "migrations"));
    }

    /**
     * @param state a state
     * @return how many migrations are in it
     */
    public int count(MigrationState state) {
        return (int) migrations.stream().filter(m -> m.state() == state).count();
    }

    /** @return how many migrations there are */
    public int total() {
        return migrations.size();
    }

    /**
     * @param state a state
     * @return the migrations in it, sorted by id
     */
    public List<MigrationInfo> inState(MigrationState state) {
        return migrations.stream().filter(m -> m.state() == state).toList();
    }

    /**
     * @param id a migration id
     * @return that migration, if known
     */
    public Optional<MigrationInfo> find(long id) {
        return migrations.stream().filter(m -> m.id() == id).findFirst();
    }

    /**
     * Whether no migration is in a problem state ({@link MigrationState#isProblem()}). Gaps and
     * duplicate ids are not states; {@link MigrationManager#validate()} checks them too.
     *
     * @return whether every migration is applied or pending
     */
    public boolean isClean() {
        return migrations.stream().noneMatch(m -> m.state().isProblem());
    }
}
