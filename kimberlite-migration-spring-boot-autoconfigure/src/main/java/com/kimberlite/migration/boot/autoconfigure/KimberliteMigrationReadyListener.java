package com.kimberlite.migration.boot.autoconfigure;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Runs the {@link KimberliteMigrationRunner} when the application is ready
 * ({@code kimberlite.migrations.run-on=ready}, the default), before any other
 * {@link ApplicationReadyEvent} listener.
 *
 * <p>Spring Boot changes the readiness state to {@code ACCEPTING_TRAFFIC} only after every ready
 * listener has returned, so {@code /actuator/health/readiness} reports the service as out of
 * service until its migrations are applied; if they fail, the application stops.
 */
public final class KimberliteMigrationReadyListener implements ApplicationListener<ApplicationReadyEvent>, Ordered {

    private final KimberliteMigrationRunner runner;

    private final AtomicBoolean ran = new AtomicBoolean();

    /**
     * @param runner the startup run
     */
    public KimberliteMigrationReadyListener(KimberliteMigrationRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /**
     * Runs the startup run, once: a ready event of a child context does not run it again.
     *
     * @param event the application's ready event
     */
    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (this.ran.compareAndSet(false, true)) {
            this.runner.run();
        }
    }

    /** @return {@link Ordered#HIGHEST_PRECEDENCE}: migrations before other ready listeners */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
