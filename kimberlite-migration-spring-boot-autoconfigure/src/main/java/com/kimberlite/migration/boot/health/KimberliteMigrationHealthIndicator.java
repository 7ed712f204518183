package com.kimberlite.migration.boot.health;

import com.kimberlite.migration.MigrationException;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.MigrationState;
import com.kimberlite.migration.MigrationStatus;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of the application's migrations: {@code DOWN} when they fail validation (a changed,
 * missing or interrupted migration, a gap, a duplicate id), with the problem in the details;
 * {@code UP} otherwise. The details count the migrations in each state.
 *
 * <p>Pending migrations do not make it {@code DOWN}: readiness covers the time until they are
 * applied on startup.
 */
public class KimberliteMigrationHealthIndicator extends AbstractHealthIndicator {

    private final MigrationManager manager;

    private final UnaryOperator<String> describer;

    /**
     * @param manager the manager of the application's migrations
     */
    public KimberliteMigrationHealthIndicator(MigrationManager manager) {
        this(manager, UnaryOperator.identity());
    }

    /**
     * @param manager the manager of the application's migrations
     * @param describer rewrites a problem's message for the details, such as naming copies of
     *     {@code classpath:} locations by those locations
     */
    public KimberliteMigrationHealthIndicator(MigrationManager manager, UnaryOperator<String> describer) {
        super("Kimberlite migrations health check failed");
        this.manager = Objects.requireNonNull(manager, "manager");
        this.describer = Objects.requireNonNull(describer, "describer");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        try {
            addCounts(builder.up(), this.manager.validate());
        }
        catch (MigrationException problem) {
            builder.down().withDetail("problem", this.describer.apply(problem.getMessage()));
            try {
                addCounts(builder, this.manager.status());
            }
            catch (MigrationException unreadable) {
                // Two files with one id: there is no status to count.
            }
        }
    }

    private static void addCounts(Health.Builder builder, MigrationStatus status) {
        builder.withDetail("total", status.total());
        for (MigrationState state : MigrationState.values()) {
            builder.withDetail(state.name().toLowerCase(Locale.ROOT), status.count(state));
        }
    }
}
