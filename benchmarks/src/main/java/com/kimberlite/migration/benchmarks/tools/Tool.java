package com.kimberlite.migration.benchmarks.tools;

import com.kimberlite.migration.TrackerType;
import com.kimberlite.migration.benchmarks.workload.Layout;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;

/**
 * The tools compared: this library with each of its trackers, Flyway, Liquibase, and the floors of
 * raw JDBC. Each applies every pending migration of its folder, and does nothing more when none is
 * pending; the floors of a no-op start, {@link #READ_AND_HASH} and {@link #READ_HASH_AND_ROWS}, only
 * read.
 */
public enum Tool {

    /** This library, recording in {@code applied.toml}. */
    OURS_FILE("kimberlite (file tracker)", Layout.OURS, new OursMigrate(TrackerType.FILE)),

    /** This library, recording in a table of the target database. */
    OURS_JDBC("kimberlite (jdbc tracker)", Layout.OURS, new OursMigrate(TrackerType.JDBC)),

    /** Flyway {@code migrate()}, validate-on-migrate on (its default). */
    FLYWAY("Flyway 13.12.0", Layout.FLYWAY, new FlywayMigrate()),

    /** Liquibase {@code update}. */
    LIQUIBASE("Liquibase 4.33.0", Layout.LIQUIBASE, new LiquibaseUpdate()),

    /** The statements over plain JDBC, one transaction per file, no bookkeeping. */
    RAW_JDBC("raw JDBC (floor)", Layout.RAW, RawJdbc::applyFolder),

    /**
     * Raw JDBC plus what a durable record in a file costs at least: one forced append before each
     * file runs and one after it commits (as the file tracker's mark and record).
     */
    RAW_JDBC_FORCED_APPENDS("raw JDBC + 2 forced appends per migration", Layout.RAW,
            RawJdbc::applyFolderWithForcedAppends),

    /**
     * Raw JDBC plus what a crash-safe record in a table of the database costs at least: where DDL
     * is transactional, one row inserted in each file's transaction; elsewhere one row committed
     * before the file runs and updated after it commits.
     */
    RAW_JDBC_RECORD_ROWS("raw JDBC + record rows in the database", Layout.RAW, RawJdbc::applyFolderWithRecordRows),

    /**
     * Not a migration tool: the floor of a no-op start in a JVM. Reads and SHA-256-hashes every
     * file of the folder, and does nothing else; the database is left alone.
     */
    READ_AND_HASH("floor: read + SHA-256 of every file (JVM)", Layout.OURS,
            (dataSource, migrations, stateDir) -> ReadAndHash.folder(migrations)),

    /**
     * Not a migration tool: the floor of a no-op start that checks records kept in the database.
     * {@link #READ_AND_HASH}, then the id and checksum of every row of the jdbc tracker's table, the
     * least that a check against those records reads; nothing is compared.
     */
    READ_HASH_AND_ROWS("floor: read + SHA-256 + the records' rows (JVM, JDBC)", Layout.OURS,
            (dataSource, migrations, stateDir) -> {
                ReadAndHash.folder(migrations);
                ReadAndHash.rows(dataSource, "kimberlite_migrations");
            });

    /** The tools that keep records, so that a second run finds nothing pending. */
    public static final List<Tool> TRACKING = List.of(OURS_FILE, OURS_JDBC, FLYWAY, LIQUIBASE);

    /** The other migration tools, measured side by side with this library. */
    public static final List<Tool> PEERS = List.of(FLYWAY, LIQUIBASE);

    /** The tools that apply migrations: the tracking tools and the floors of raw JDBC. */
    public static final List<Tool> APPLYING = List.of(OURS_FILE, OURS_JDBC, FLYWAY, LIQUIBASE, RAW_JDBC,
            RAW_JDBC_FORCED_APPENDS, RAW_JDBC_RECORD_ROWS);

    private final String label;
    private final Layout layout;
    private final Migrate migrate;

    Tool(String label, Layout layout, Migrate migrate) {
        this.label = label;
        this.layout = layout;
        this.migrate = migrate;
    }

    /** @return the name shown in the tables of results */
    public String label() {
        return label;
    }

    /** @return the file convention of its migrations */
    public Layout layout() {
        return layout;
    }

    /**
     * Applies every pending migration.
     *
     * @param dataSource the database
     * @param migrations the folder of migrations, in {@link #layout()}
     * @param stateDir a folder for the tool's own files (used by this library only)
     * @throws Exception whatever the tool throws
     */
    public void migrate(DataSource dataSource, Path migrations, Path stateDir) throws Exception {
        migrate.run(dataSource, migrations, stateDir);
    }

    /** One tool's way of applying a folder of migrations. */
    @FunctionalInterface
    interface Migrate {
        void run(DataSource dataSource, Path migrations, Path stateDir) throws Exception;
    }
}
