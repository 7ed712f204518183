package com.kimberlite.migration.apply;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.ApplyResult;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.MigrationState;
import com.kimberlite.migration.TrackerType;
import com.kimberlite.migration.support.TestDatabases;
import com.kimberlite.migration.support.TestProject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A realistic PostgreSQL corpus of 22 migrations (schema, tables, enum, seed data with semicolons
 * in strings, a plpgsql trigger function and trigger, views, DO blocks, E'' and dollar-quoted
 * strings, a BEGIN ATOMIC function, quoted identifiers, CREATE INDEX CONCURRENTLY outside a
 * transaction): applied in full, checked through information_schema, rolled back to empty.
 */
class PostgresCorpusTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TrackerType.class)
    void appliesTheWholeCorpusAndRollsItBackToEmpty(TrackerType tracker) throws IOException, URISyntaxException {
        TestProject project = new TestProject(dir, TestDatabases.postgres(), tracker);
        Path corpus = Path.of(PostgresCorpusTest.class.getResource("/corpus/postgres").toURI());
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.toList()) {
                project.write(file.getFileName().toString(), Files.readString(file));
            }
        }
        MigrationManager manager = project.manager();

        ApplyResult applied = manager.apply();

        assertThat(applied.migrations()).hasSize(22);
        assertThat(count(project, "information_schema.tables WHERE table_schema = 'clinic' AND table_type = 'BASE TABLE'"))
                .isEqualTo(7);
        assertThat(count(project, "information_schema.views WHERE table_schema = 'clinic'")).isEqualTo(1);
        assertThat(count(project, "information_schema.routines WHERE routine_schema = 'clinic'")).isEqualTo(2);
        assertThat(count(project, "information_schema.triggers WHERE trigger_name = 'patients_audit'")).isEqualTo(2);
        assertThat(count(project, "pg_indexes WHERE schemaname = 'clinic' AND indexname = 'patients_email'"))
                .isEqualTo(1);
        assertThat(count(project, "clinic.practitioners WHERE full_name = 'Dr. Ada O''Brien'"
                + " AND specialty = 'cardiology; interventional'")).isEqualTo(1);
        assertThat(count(project, "clinic.patients")).isEqualTo(5);
        assertThat(count(project, "clinic.audit_log WHERE table_name = 'patients'")).isEqualTo(10);
        assertThat(count(project, "clinic.\"Billing; Codes\"")).isEqualTo(2);
        assertThat(project.queryLong("SELECT clinic.age_in_years(DATE '2000-01-01') - "
                + "extract(year FROM age(DATE '2000-01-01'))::int")).isZero();
        assertThat(manager.status().count(MigrationState.APPLIED)).isEqualTo(22);

        manager.rollbackTo(0);

        assertThat(count(project, "information_schema.schemata WHERE schema_name = 'clinic'")).isZero();
        assertThat(manager.listApplied()).isEmpty();
        assertThat(manager.status().count(MigrationState.PENDING)).isEqualTo(22);
        assertThat(manager.apply().migrations()).hasSize(22);
    }

    private static long count(TestProject project, String from) {
        return project.queryLong("SELECT COUNT(*) FROM " + from);
    }
}
