package com.kimberlite.migration;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where migrations and state live, and how they are applied. Immutable; build one with
 * {@link #builder()} or take {@link #defaults()}.
 *
 * <p>Relative paths are resolved against the working folder when they are used.
 *
 * <pre>{@code
 * MigrationConfig config = MigrationConfig.builder()
 *         .migrationsDir(Path.of("db/migrations"))
 *         .stateDir(Path.of(".kimberlite/migrations"))
 *         .autoTimestamp(true)
 *         .build();
 * }</pre>
 */
public final class MigrationConfig {

    /** Default migrations folder: {@code migrations}. */
    public static final Path DEFAULT_MIGRATIONS_DIR = Path.of("migrations");

    /** Default state folder: {@code .kimberlite/migrations}. */
    public static final Path DEFAULT_STATE_DIR = Path.of(".kimberlite", "migrations");

    /** Default table of the {@link TrackerType#JDBC} tracker: {@code kimberlite_migrations}. */
    public static final String DEFAULT_TABLE = "kimberlite_migrations";

    /** Default time to wait for another process that is applying migrations: 60 seconds. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

    private final Path migrationsDir;
    private final Path stateDir;
    private final Path lockFile;
    private final boolean autoTimestamp;
    private final Optional<String> author;
    private final Optional<String> appliedBy;
    private final TrackerType tracker;
    private final String table;
    private final Duration lockTimeout;

    private MigrationConfig(Builder builder) {
        this.migrationsDir = builder.migrationsDir;
        this.stateDir = builder.stateDir;
        this.lockFile = builder.lockFile != null ? builder.lockFile : builder.stateDir.resolve(".lock");
        this.autoTimestamp = builder.autoTimestamp;
        this.author = Optional.ofNullable(builder.author);
        this.appliedBy = builder.appliedBy != null ? Optional.of(builder.appliedBy) : defaultAppliedBy();
        this.tracker = builder.tracker;
        this.table = builder.table;
        this.lockTimeout = builder.lockTimeout;
    }

    private static Optional<String> defaultAppliedBy() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? Optional.empty() : Optional.of(user);
    }

    /**
     * The defaults of Kimberlite's own tool: migrations in {@code migrations/}, state in
     * {@code .kimberlite/migrations/}, {@code -- Created:} headers in new files, the file tracker.
     *
     * @return the default configuration
     */
    public static MigrationConfig defaults() {
        return builder().build();
    }

    /**
     * A builder that starts from {@link #defaults()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from this configuration.
     *
     * @return a new builder holding this configuration's values
     */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .migrationsDir(migrationsDir)
                .stateDir(stateDir)
                .autoTimestamp(autoTimestamp)
                .tracker(tracker)
                .table(table)
                .lockTimeout(lockTimeout);
        builder.lockFile = lockFile.equals(stateDir.resolve(".lock")) ? null : lockFile;
        builder.author = author.orElse(null);
        builder.appliedBy = appliedBy.orElse(null);
        return builder;
    }

    /** @return the folder of migration files */
    public Path migrationsDir() {
        return migrationsDir;
    }

    /** @return the folder of the state files ({@code .lock}, {@code applied.toml}) */
    public Path stateDir() {
        return stateDir;
    }

    /** @return the lock file: {@code <stateDir>/.lock} unless set otherwise */
    public Path lockFilePath() {
        return lockFile;
    }

    /** @return the applied-state file of the file tracker: {@code <stateDir>/applied.toml} */
    public Path appliedFilePath() {
        return stateDir.resolve("applied.toml");
    }

    /** @return whether {@code create} writes a {@code -- Created:} header */
    public boolean autoTimestamp() {
        return autoTimestamp;
    }

    /** @return the {@code -- Author:} value {@code create} writes, if set */
    public Optional<String> author() {
        return author;
    }

    /** @return who is recorded as having applied migrations; the OS user name unless set */
    public Optional<String> appliedBy() {
        return appliedBy;
    }

    /** @return where applied migrations are recorded */
    public TrackerType tracker() {
        return tracker;
    }

    /** @return the table of the {@link TrackerType#JDBC} tracker */
    public String table() {
        return table;
    }

    /** @return how long to wait for another process that is applying migrations */
    public Duration lockTimeout() {
        return lockTimeout;
    }

    @Override
    public String toString() {
        return "MigrationConfig[migrationsDir=" + migrationsDir + ", stateDir=" + stateDir + ", lockFile="
                + lockFile + ", autoTimestamp=" + autoTimestamp + ", tracker=" + tracker + ", table=" + table
                + ", lockTimeout=" + lockTimeout + "]";
    }

    /** Builds a {@link MigrationConfig}; every setting starts at its default. Not thread-safe. */
    public static final class Builder {

        private Path migrationsDir = DEFAULT_MIGRATIONS_DIR;
        private Path stateDir = DEFAULT_STATE_DIR;
        private Path lockFile;
        private boolean autoTimestamp = true;
        private String author;
        private String appliedBy;
        private TrackerType tracker = TrackerType.FILE;
        private String table = DEFAULT_TABLE;
        private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;

        private Builder() {
        }

        /**
         * @param migrationsDir the folder of migration files; default {@code migrations}
         * @return this builder
         */
        public Builder migrationsDir(Path migrationsDir) {
            this.migrationsDir = Objects.requireNonNull(migrationsDir, "migrationsDir");
            return this;
        }

        /**
         * @param stateDir the folder of the state files; default {@code .kimberlite/migrations}
         * @return this builder
         */
        public Builder stateDir(Path stateDir) {
            this.stateDir = Objects.requireNonNull(stateDir, "stateDir");
            return this;
        }

        /**
         * @param lockFile the lock file; default {@code <stateDir>/.lock}
         * @return this builder
         */
        public Builder lockFile(Path lockFile) {
            this.lockFile = Objects.requireNonNull(lockFile, "lockFile");
            return this;
        }

        /**
         * @param autoTimestamp whether {@code create} writes a {@code -- Created:} header; default
         *     {@code true}
         * @return this builder
         */
        public Builder autoTimestamp(boolean autoTimestamp) {
            this.autoTimestamp = autoTimestamp;
            return this;
        }

        /**
         * @param author the {@code -- Author:} value of new files, or {@code null} for none
         * @return this builder
         */
        public Builder author(String author) {
            this.author = author;
            return this;
        }

        /**
         * @param appliedBy who is recorded as applying migrations, or {@code null} for the OS user
         * @return this builder
         */
        public Builder appliedBy(String appliedBy) {
            this.appliedBy = appliedBy;
            return this;
        }

        /**
         * @param tracker where applied migrations are recorded; default {@link TrackerType#FILE}
         * @return this builder
         */
        public Builder tracker(TrackerType tracker) {
            this.tracker = Objects.requireNonNull(tracker, "tracker");
            return this;
        }

        /**
         * @param table the {@link TrackerType#JDBC} tracker's table: an SQL identifier, optionally
         *     schema-qualified ({@code schema.table}), of letters, digits and {@code _}
         * @return this builder
         * @throws IllegalArgumentException if {@code table} is not such an identifier
         */
        public Builder table(String table) {
            Objects.requireNonNull(table, "table");
            if (!TABLE_NAME.matcher(table).matches()) {
                throw new IllegalArgumentException("Invalid tracker table name: '" + table
                        + "'. Use an SQL identifier of letters, digits and _ (not starting with a digit,"
                        + " at most 63 characters), optionally schema-qualified as schema.table.");
            }
            this.table = table;
            return this;
        }

        /**
         * @param lockTimeout how long to wait for another process applying migrations; default 60 s
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder lockTimeout(Duration lockTimeout) {
            Objects.requireNonNull(lockTimeout, "lockTimeout");
            if (lockTimeout.isNegative()) {
                throw new IllegalArgumentException("lockTimeout must not be negative: " + lockTimeout);
            }
            this.lockTimeout = lockTimeout;
            return this;
        }

        /** @return the configuration */
        public MigrationConfig build() {
            return new MigrationConfig(this);
        }
    }
}
