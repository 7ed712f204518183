package com.kimberlite.migration.benchmarks.tools;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Flyway's {@code migrate()} with its defaults, validate-on-migrate included. */
final class FlywayMigrate implements Tool.Migrate {

    @Override
    public void run(DataSource dataSource, Path migrations, Path stateDir) {
        Flyway.configure().dataSource(dataSource).locations("filesystem:" + migrations.toAbsolutePath()).load()
                .migrate();
    }
}
