package com.kimberlite.migration.boot.endpoint;

import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.MigrationException;
import com.kimberlite.migration.MigrationInfo;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.MigrationState;
import com.kimberlite.migration.MigrationStatus;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * Actuator endpoint that shows the application's migrations and their states, at
 * {@code /actuator/kimberlite-migrations} (and {@code /actuator/kimberlite-migrations/{id}} for
 * one).
 *
 * <p>Read-only: it reads the migration files, the lock file and the tracker, and writes nothing.
 * It shows neither SQL nor the paths of state files. Its id is {@value #ID}; ids with a dash are
 * deprecated in Spring Boot, so the dashed URL comes from a path mapping, and
 * {@code management.endpoints.web.exposure.include=kimberlite-migrations} exposes it.
 */
@Endpoint(id = KimberliteMigrationEndpoint.ID)
public class KimberliteMigrationEndpoint {

    /** The endpoint's id. */
    public static final String ID = "kimberliteMigrations";

    /** The endpoint's default web path, below the actuator's base path. */
    public static final String PATH = "kimberlite-migrations";

    private final MigrationManager manager;

    private final String directory;

    /**
     * @param manager the manager of the application's migrations
     * @param directory the migrations folder as configured, for display
     */
    public KimberliteMigrationEndpoint(MigrationManager manager, String directory) {
        this.manager = Objects.requireNonNull(manager, "manager");
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /**
     * @return every migration with its state, and whether they pass validation
     */
    @ReadOperation
    public MigrationsDescriptor migrations() {
        boolean valid = true;
        MigrationStatus status;
        try {
            status = this.manager.validate();
        }
        catch (MigrationException problem) {
            valid = false;
            status = status();
        }
        List<MigrationDescriptor> migrations = status.migrations().stream().map(MigrationDescriptor::of).toList();
        return new MigrationsDescriptor(this.directory, this.manager.config().tracker().name().toLowerCase(Locale.ROOT),
                valid, SummaryDescriptor.of(migrations), migrations);
    }

    /**
     * @param id a migration id
     * @return that migration, or {@code null} (a 404 response) when there is none
     */
    @ReadOperation
    public MigrationDescriptor migration(@Selector long id) {
        return status().find(id).map(MigrationDescriptor::of).orElse(null);
    }

    private MigrationStatus status() {
        try {
            return this.manager.status();
        }
        catch (MigrationException ex) {
            return new MigrationStatus(List.of());
        }
    }

    /**
     * The migrations of an application.
     *
     * @param directory the migrations folder as configured
     * @param tracker where applied migrations are recorded: {@code file} or {@code jdbc}
     * @param valid whether the migrations pass validation
     * @param summary how many migrations are in each state
     * @param migrations every migration, sorted by id
     */
    public record MigrationsDescriptor(String directory, String tracker, boolean valid, SummaryDescriptor summary,
            List<MigrationDescriptor> migrations) implements OperationResponseBody {

        /** Copies the list. */
        public MigrationsDescriptor {
            migrations = List.copyOf(migrations);
        }
    }

    /**
     * How many migrations are in each state.
     *
     * @param total all migrations
     * @param applied applied, unchanged
     * @param pending not applied yet
     * @param modified changed after being locked or applied
     * @param missing applied or locked, file gone
     * @param interrupted application started and never finished
     */
    public record SummaryDescriptor(int total, int applied, int pending, int modified, int missing,
            int interrupted) {

        static SummaryDescriptor of(List<MigrationDescriptor> migrations) {
            int[] counts = new int[MigrationState.values().length];
            migrations.forEach(migration -> counts[migration.state().ordinal()]++);
            return new SummaryDescriptor(migrations.size(), counts[MigrationState.APPLIED.ordinal()],
                    counts[MigrationState.PENDING.ordinal()], counts[MigrationState.MODIFIED.ordinal()],
                    counts[MigrationState.MISSING.ordinal()], counts[MigrationState.INTERRUPTED.ordinal()]);
        }
    }

    /**
     * One migration.
     *
     * @param id its id
     * @param name its name
     * @param state its state
     * @param checksum its file's checksum (the recorded one when the file is missing)
     * @param appliedAt when it was applied, or {@code null}
     * @param appliedBy who applied it, or {@code null}
     * @param executionMs how long it ran in milliseconds, or {@code null} when not recorded
     */
    public record MigrationDescriptor(long id, String name, MigrationState state, String checksum,
            Instant appliedAt, String appliedBy, Long executionMs) implements OperationResponseBody {

        static MigrationDescriptor of(MigrationInfo info) {
            AppliedMigration applied = info.applied().orElse(null);
            return new MigrationDescriptor(info.id(), info.name(), info.state(), info.checksum(),
                    applied != null ? applied.appliedAt() : null,
                    applied != null ? applied.appliedBy().orElse(null) : null,
                    applied != null && applied.executionMs().isPresent() ? applied.executionMs().getAsLong() : null);
        }
    }
}
