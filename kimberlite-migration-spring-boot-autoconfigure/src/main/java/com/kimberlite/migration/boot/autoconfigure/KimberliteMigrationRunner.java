package com.kimberlite.migration.boot.autoconfigure;

import com.kimberlite.migration.ApplyOptions;
import com.kimberlite.migration.ApplyResult;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.MigrationResult;
import com.kimberlite.migration.MigrationState;
import com.kimberlite.migration.MigrationStatus;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The startup run: validates, then applies pending migrations, as
 * {@link KimberliteMigrationProperties} say, or runs the application's
 * {@link KimberliteMigrationStrategy} instead.
 *
 * <p>When it runs is decided by {@code kimberlite.migrations.run-on}:
 * {@link KimberliteMigrationInitializer} runs it during context refresh,
 * {@link KimberliteMigrationReadyListener} once the application is ready. Any
 * {@link com.kimberlite.migration.MigrationException} it throws fails the application's start.
 */
public final class KimberliteMigrationRunner {

    private static final Log logger = LogFactory.getLog(KimberliteMigrationRunner.class);

    private final MigrationManager manager;

    private final KimberliteMigrationProperties properties;

    private final boolean databaseAvailable;

    private final KimberliteMigrationStrategy strategy;

    private final ApplicationEventPublisher events;

    /**
     * @param manager the manager of the application's migrations
     * @param properties what to do on startup
     * @param databaseAvailable whether the manager can apply migrations (it has a
     *     {@code DataSource}); without one, migrations are only validated
     * @param strategy what to run instead of the default, or {@code null}
     * @param events where to publish {@link KimberliteMigrationsAppliedEvent}
     */
    public KimberliteMigrationRunner(MigrationManager manager, KimberliteMigrationProperties properties,
            boolean databaseAvailable, KimberliteMigrationStrategy strategy, ApplicationEventPublisher events) {
        this.manager = Objects.requireNonNull(manager, "manager");
        this.properties = Objects.requireNonNull(properties, "properties");
        this.databaseAvailable = databaseAvailable;
        this.strategy = strategy;
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Runs the strategy, or validates and applies.
     *
     * @throws com.kimberlite.migration.MigrationException if validation or a migration fails
     */
    public void run() {
        if (this.strategy != null) {
            this.strategy.migrate(this.manager);
            return;
        }
        boolean apply = this.properties.isApplyOnStartup();
        if (apply && this.databaseAvailable) {
            apply();
            return;
        }
        if (apply) {
            logger.info("No DataSource: Kimberlite migrations in " + this.manager.config().migrationsDir()
                    + " are validated on startup, but none can be applied by this application");
        }
        if (this.properties.isValidateOnStartup()) {
            MigrationStatus status = this.manager.validate();
            logger.info("Validated " + status.total() + " Kimberlite migration(s) in "
                    + this.manager.config().migrationsDir() + ": " + status.count(MigrationState.APPLIED) + " applied, "
                    + status.count(MigrationState.PENDING) + " pending");
        }
    }

    private void apply() {
        ApplyResult result = this.manager.apply(options());
        if (result.migrations().isEmpty()) {
            logger.info("Kimberlite migrations are up to date: nothing to apply");
        }
        else {
            logger.info("Applied " + result.appliedCount() + " Kimberlite migration(s) in "
                    + result.duration().toMillis() + " ms: " + result.migrations()
                        .stream()
                        .map(KimberliteMigrationRunner::describe)
                        .collect(Collectors.joining(", ")));
        }
        this.events.publishEvent(new KimberliteMigrationsAppliedEvent(this.manager, result));
    }

    private ApplyOptions options() {
        ApplyOptions options = ApplyOptions.defaults().allowOutOfOrder(this.properties.isOutOfOrder());
        Long target = this.properties.getTarget();
        return target != null ? options.target(target) : options;
    }

    private static String describe(MigrationResult migration) {
        return migration.id() + " " + migration.name() + " (" + migration.duration().toMillis() + " ms)";
    }
}
