package com.kimberlite.migration.boot.autoconfigure;

import com.kimberlite.migration.ApplyResult;
import com.kimberlite.migration.MigrationManager;
import org.springframework.context.ApplicationEvent;

/**
 * Published after the startup run applied migrations (also when none were pending), with what
 * was applied. Not published when a {@link KimberliteMigrationStrategy} replaces the run, or when
 * applying failed (the application then fails to start).
 */
public class KimberliteMigrationsAppliedEvent extends ApplicationEvent {

    private static final long serialVersionUID = 1L;

    private final transient ApplyResult result;

    /**
     * @param manager the manager that applied the migrations
     * @param result what was applied
     */
    public KimberliteMigrationsAppliedEvent(MigrationManager manager, ApplyResult result) {
        super(manager);
        this.result = result;
    }

    /** @return the manager that applied the migrations */
    public MigrationManager getManager() {
        return (MigrationManager) getSource();
    }

    /** @return what was applied */
    public ApplyResult getResult() {
        return this.result;
    }
}
