package com.kimberlite.migration.boot.metrics;

import com.kimberlite.migration.ApplyResult;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.MigrationState;
import com.kimberlite.migration.boot.autoconfigure.KimberliteMigrationsAppliedEvent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.ApplicationListener;

/**
 * Micrometer metrics of the application's migrations.
 *
 * <ul>
 * <li>{@code kimberlite.migrations} (gauge), tagged {@code state=applied} and
 * {@code state=pending}: how many migrations are in that state, read when the gauge is
 * read;</li>
 * <li>{@code kimberlite.migrations.apply} (timer): the time of each startup apply, validation
 * included.</li>
 * </ul>
 *
 * <p>An apply that ran before the registry was bound (with {@code run-on=initialization}) is
 * recorded when it is bound.
 */
public class KimberliteMigrationMetrics implements MeterBinder, ApplicationListener<KimberliteMigrationsAppliedEvent> {

    /** Name of the gauges of migrations by state. */
    public static final String MIGRATIONS = "kimberlite.migrations";

    /** Name of the timer of startup applies. */
    public static final String APPLY = "kimberlite.migrations.apply";

    private static final List<MigrationState> GAUGED = List.of(MigrationState.APPLIED, MigrationState.PENDING);

    private final MigrationManager manager;

    private final List<Timer> timers = new ArrayList<>();

    private final List<ApplyResult> results = new ArrayList<>();

    /**
     * @param manager the manager of the application's migrations
     */
    public KimberliteMigrationMetrics(MigrationManager manager) {
        this.manager = Objects.requireNonNull(manager, "manager");
    }

    @Override
    public synchronized void bindTo(MeterRegistry registry) {
        for (MigrationState state : GAUGED) {
            Gauge.builder(MIGRATIONS, this.manager, manager -> manager.status().count(state))
                .tag("state", state.name().toLowerCase(Locale.ROOT))
                .description("Kimberlite migrations in the given state")
                .register(registry);
        }
        Timer timer = Timer.builder(APPLY)
            .description("Time to validate and apply pending Kimberlite migrations on startup")
            .register(registry);
        this.results.forEach(result -> timer.record(result.duration()));
        this.timers.add(timer);
    }

    /**
     * Records the time of an apply.
     *
     * @param event the apply that happened
     */
    @Override
    public synchronized void onApplicationEvent(KimberliteMigrationsAppliedEvent event) {
        this.results.add(event.getResult());
        this.timers.forEach(timer -> timer.record(event.getResult().duration()));
    }
}
