package com.kimberlite.migration.boot.autoconfigure;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Spring Boot that the schema of the {@code DataSource} that migrations are applied to is
 * managed by Kimberlite migrations, so that Hibernate's default {@code ddl-auto} for an embedded
 * database is {@code none} instead of {@code create-drop}.
 */
final class KimberliteMigrationSchemaManagementProvider implements SchemaManagementProvider {

    private final Supplier<DataSource> migrationDataSource;

    KimberliteMigrationSchemaManagementProvider(Supplier<DataSource> migrationDataSource) {
        this.migrationDataSource = migrationDataSource;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        return dataSource != null && dataSource == this.migrationDataSource.get() ? SchemaManagement.MANAGED
                : SchemaManagement.UNMANAGED;
    }
}
