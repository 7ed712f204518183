package com.kimberlite.migration.boot.autoconfigure;

import com.kimberlite.migration.MigrationConfig;
import com.kimberlite.migration.TrackerType;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of Kimberlite migrations, bound from {@code kimberlite.migrations.*}.
 *
 * <p>Locations ({@link #getDirectory() directory}, {@link #getStateDir() state-dir},
 * {@link #getLockFile() lock-file}) are file system paths, relative to the working folder, or
 * {@code classpath:} locations so that a service packaged as a jar carries its migrations and its
 * committed lock file inside it.
 */
@ConfigurationProperties("kimberlite.migrations")
public class KimberliteMigrationProperties {

    /** Whether to enable Kimberlite migrations. */
    private boolean enabled = true;

    /**
     * Folder of migration files: a path or a "classpath:" location. Default "migrations", or the
     * "[migrations] directory" of a kimberlite.toml in the working folder.
     */
    private String directory;

    /** Folder of the state files (lock file and applied.toml of the file tracker). */
    private String stateDir = MigrationConfig.DEFAULT_STATE_DIR.toString();

    /**
     * Lock file: a path or a read-only "classpath:" location, so that the committed lock ships in
     * the jar. Default "<state-dir>/.lock".
     */
    private String lockFile;

    /** Where applied migrations are recorded: "file" (applied.toml) or "jdbc" (a table). */
    private TrackerType tracker = TrackerType.FILE;

    /** Table of the jdbc tracker, optionally schema-qualified. */
    private String table = MigrationConfig.DEFAULT_TABLE;

    /** Whether to validate migrations (checksums, lock file, sequence) on startup. */
    private boolean validateOnStartup = true;

    /** Whether to apply pending migrations on startup. */
    private boolean applyOnStartup = true;

    /** When to validate and apply on startup. */
    private RunOn runOn = RunOn.READY;

    /** Id of the last migration to apply on startup. Default: every pending migration. */
    private Long target;

    /** Whether to allow applying a pending migration whose id is below the highest applied id. */
    private boolean outOfOrder;

    /** How long to wait for another instance that is applying migrations. */
    private Duration lockTimeout = MigrationConfig.DEFAULT_LOCK_TIMEOUT;

    /** Who is recorded as having applied migrations. Default: the operating system user. */
    private String appliedBy;

    /** Whether to write a "-- Created:" header into new migration files. */
    private boolean autoTimestamp = true;

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getDirectory() {
        return this.directory;
    }

    public void setDirectory(String directory) {
        this.directory = directory;
    }

    public String getStateDir() {
        return this.stateDir;
    }

    public void setStateDir(String stateDir) {
        this.stateDir = stateDir;
    }

    public String getLockFile() {
        return this.lockFile;
    }

    public void setLockFile(String lockFile) {
        this.lockFile = lockFile;
    }

    public TrackerType getTracker() {
        return this.tracker;
    }

    public void setTracker(TrackerType tracker) {
        this.tracker = tracker;
    }

    public String getTable() {
        return this.table;
    }

    public void setTable(String table) {
        this.table = table;
    }

    public boolean isValidateOnStartup() {
        return this.validateOnStartup;
    }

    public void setValidateOnStartup(boolean validateOnStartup) {
        this.validateOnStartup = validateOnStartup;
    }

    public boolean isApplyOnStartup() {
        return this.applyOnStartup;
    }

    public void setApplyOnStartup(boolean applyOnStartup) {
        this.applyOnStartup = applyOnStartup;
    }

    public RunOn getRunOn() {
        return this.runOn;
    }

    public void setRunOn(RunOn runOn) {
        this.runOn = runOn;
    }

    public Long getTarget() {
        return this.target;
    }

    public void setTarget(Long target) {
        this.target = target;
    }

    public boolean isOutOfOrder() {
        return this.outOfOrder;
    }

    public void setOutOfOrder(boolean outOfOrder) {
        this.outOfOrder = outOfOrder;
    }

    public Duration getLockTimeout() {
        return this.lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public String getAppliedBy() {
        return this.appliedBy;
    }

    public void setAppliedBy(String appliedBy) {
        this.appliedBy = appliedBy;
    }

    public boolean isAutoTimestamp() {
        return this.autoTimestamp;
    }

    public void setAutoTimestamp(boolean autoTimestamp) {
        this.autoTimestamp = autoTimestamp;
    }

    /** When the startup run validates and applies migrations. */
    public enum RunOn {

        /**
         * After the application has started, on {@code ApplicationReadyEvent}: readiness changes to
         * {@code ACCEPTING_TRAFFIC} only once migrations are applied. The default.
         */
        READY,

        /**
         * During context refresh, before beans that use the database (JPA, {@code JdbcClient},
         * jOOQ) are created. Use it when such beans check the schema when they start (Hibernate's
         * {@code ddl-auto=validate}) or read the database in their initialization.
         */
        INITIALIZATION
    }
}
