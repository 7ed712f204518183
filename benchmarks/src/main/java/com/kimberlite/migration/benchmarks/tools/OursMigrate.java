package com.kimberlite.migration.benchmarks.tools;

import com.kimberlite.migration.MigrationConfig;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.TrackerType;
import java.nio.file.Path;
import javax.sql.DataSource;

/** This library's {@code apply()}: validate, then apply every pending migration. */
final class OursMigrate implements Tool.Migrate {

    private final TrackerType tracker;

    OursMigrate(TrackerType tracker) {
        this.tracker = tracker;
    }

    @Override
    public void run(DataSource dataSource, Path migrations, Path stateDir) {
        MigrationConfig config = MigrationConfig.builder().migrationsDir(migrations).stateDir(stateDir).tracker(tracker)
                .build();
        new MigrationManager(config, dataSource).apply();
    }
}
