package com.kimberlite.migration.internal.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.kimberlite.migration.AlreadyAppliedException;
import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.LockTimeoutException;
import com.kimberlite.migration.MigrationLock;
import com.kimberlite.migration.MigrationTracker;
import com.kimberlite.migration.RecordedMigration;
import com.kimberlite.migration.internal.state.Rfc3339;
import com.kimberlite.migration.support.TestDatabases;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The marks and records of the jdbc tracker, on H2 and PostgreSQL. */
class JdbcTrackerTest {

    private static final String TABLE = "kimberlite_migrations";

    private static AppliedMigration record(long id) {
        return new AppliedMigration(id, "migration_" + id, "%064x".formatted(id),
                Instant.parse("2026-02-01T10:30:00Z").plusSeconds(id), Optional.of("ci"), OptionalLong.of(id));
    }

    private static List<String> rows(DataSource dataSource) throws SQLException {
        return query(dataSource, "SELECT id, state FROM " + TABLE + " ORDER BY id, state");
    }

    /** @return each row the query gives, its columns as text joined by a space */
    private static List<String> query(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            List<String> result = new ArrayList<>();
            while (rows.next()) {
                StringJoiner row = new StringJoiner(" ");
                for (int column = 1; column <= columns; column++) {
                    row.add(rows.getString(column));
                }
                result.add(row.toString());
            }
            return result;
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theRecordOfAMarkedMigrationReplacesItsMark(TestDatabases.Kind kind) throws SQLException {
        DataSource dataSource = TestDatabases.fresh(kind);
        JdbcTracker tracker = new JdbcTracker(dataSource, TABLE);
        try (MigrationLock lock = tracker.acquireLock(Duration.ofSeconds(5))) {
            tracker.markStarted(record(1));
            assertThat(tracker.listStarted()).containsExactly(record(1));

            tracker.recordApplied(record(1));
        }

        assertThat(rows(dataSource)).containsExactly("1 applied");
        assertThat(tracker.listStarted()).isEmpty();
        assertThat(new JdbcTracker(dataSource, TABLE).listApplied()).containsExactly(record(1));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aMarkLeftByAnotherTrackerIsSupersededByTheRecordAndRemovedWithIt(TestDatabases.Kind kind)
            throws SQLException {
        DataSource dataSource = TestDatabases.fresh(kind);
        new JdbcTracker(dataSource, TABLE).markStarted(record(1));
        JdbcTracker tracker = new JdbcTracker(dataSource, TABLE);

        tracker.recordApplied(record(1));

        assertThat(tracker.listStarted()).isEmpty();
        assertThat(rows(dataSource)).containsExactly("1 applied", "1 started");
        assertThat(tracker.removeApplied(1)).isTrue();
        assertThat(rows(dataSource)).isEmpty();
        assertThat(tracker.listStarted()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aSecondRecordIsRefusedAndChangesNothing(TestDatabases.Kind kind) throws SQLException {
        DataSource dataSource = TestDatabases.fresh(kind);
        JdbcTracker tracker = new JdbcTracker(dataSource, TABLE);
        tracker.recordApplied(record(1));
        tracker.markStarted(record(1));

        assertThatExceptionOfType(AlreadyAppliedException.class).isThrownBy(() -> tracker.recordApplied(record(1)));
        assertThat(rows(dataSource)).containsExactly("1 applied", "1 started");
        assertThat(tracker.listApplied()).containsExactly(record(1));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void markingAMigrationAgainReplacesItsMark(TestDatabases.Kind kind) throws SQLException {
        DataSource dataSource = TestDatabases.fresh(kind);
        new JdbcTracker(dataSource, TABLE).markStarted(record(2));
        AppliedMigration again = new AppliedMigration(2, "migration_2", "%064x".formatted(2),
                Instant.parse("2026-03-01T00:00:00Z"), Optional.empty(), OptionalLong.empty());

        new JdbcTracker(dataSource, TABLE).markStarted(again);

        assertThat(rows(dataSource)).containsExactly("2 started");
        assertThat(new JdbcTracker(dataSource, TABLE).listStarted()).containsExactly(again);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void listsRecordsInTheOrderTheyWereAppliedAndOnlyTheMarksWithoutARecord(TestDatabases.Kind kind)
            throws SQLException {
        DataSource dataSource = TestDatabases.fresh(kind);
        AppliedMigration earlier = new AppliedMigration(5, "migration_5", "%064x".formatted(5),
                Instant.parse("2026-01-01T00:00:00Z"), Optional.empty(), OptionalLong.empty());
        JdbcTracker other = new JdbcTracker(dataSource, TABLE);
        other.markStarted(record(1));
        other.markStarted(record(3));
        JdbcTracker tracker = new JdbcTracker(dataSource, TABLE);
        tracker.recordApplied(record(1));
        tracker.recordApplied(earlier);

        MigrationTracker.Records records = tracker.listRecords();

        assertThat(rows(dataSource)).containsExactly("1 applied", "1 started", "3 started", "5 applied");
        assertThat(records.applied()).containsExactly(earlier, record(1));
        assertThat(records.started()).containsExactly(record(3));
        assertThat(tracker.listApplied()).isEqualTo(records.applied());
        assertThat(tracker.listStarted()).isEqualTo(records.started());
        assertThat(checksumsOf(tracker.listChecksums())).isEqualTo(checksumsOf(records));
        assertThat(tracker.listChecksums().interrupted()).containsExactly(3L);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void listsRecordsAndMarksInTheOrderTheDatabaseSortsAppliedAtThenId(TestDatabases.Kind kind) throws SQLException {
        DataSource dataSource = TestDatabases.fresh(kind);
        JdbcTracker tracker = new JdbcTracker(dataSource, TABLE);
        Random random = new Random(20261204L);
        Instant base = Instant.parse("2026-02-01T10:30:00Z");
        List<Long> ids = new ArrayList<>();
        for (long id = 1; id <= 300; id++) {
            ids.add(id);
        }
        Collections.shuffle(ids, random);
        for (long id : ids) {
            // few distinct times, some apart by a microsecond, and times against the id order: ties are broken by id
            Instant at = base.plusSeconds(random.nextInt(20) * 3600L).plusNanos(random.nextInt(3) * 1_000L);
            AppliedMigration record = new AppliedMigration(id, "migration_" + id, "%064x".formatted(id), at,
                    Optional.empty(), OptionalLong.empty());
            if (random.nextInt(4) == 0) {
                tracker.markStarted(record);
            } else {
                tracker.recordApplied(record);
            }
        }

        MigrationTracker.Records records = tracker.listRecords();

        assertThat(records.applied()).extracting(record -> Long.toString(record.id()))
                .isEqualTo(sortedByDatabase(dataSource, "applied")).hasSizeGreaterThan(150);
        assertThat(records.started()).extracting(mark -> Long.toString(mark.id()))
                .isEqualTo(sortedByDatabase(dataSource, "started")).hasSizeGreaterThan(30);

        MigrationTracker.Checksums checksums = tracker.listChecksums();
        assertThat(checksumsOf(checksums)).isEqualTo(checksumsOf(records));
        assertThat(checksums.interrupted()).containsExactlyInAnyOrderElementsOf(
                records.started().stream().map(AppliedMigration::id).toList());
    }

    /** @return each record's id, name and checksum, in id order */
    private static List<String> checksumsOf(MigrationTracker.Checksums checksums) {
        return checksumsOf(checksums.applied());
    }

    private static List<String> checksumsOf(MigrationTracker.Records records) {
        return checksumsOf(records.applied());
    }

    private static List<String> checksumsOf(List<? extends RecordedMigration> records) {
        return records.stream().sorted(Comparator.comparingLong(RecordedMigration::id))
                .map(record -> record.id() + " " + record.name() + " " + record.checksum()).toList();
    }

    /** @return the ids of the rows in {@code state}, in the order the database sorts applied_at, then id */
    private static List<String> sortedByDatabase(DataSource dataSource, String state) throws SQLException {
        return query(dataSource, "SELECT id FROM " + TABLE + " WHERE state = '" + state + "' ORDER BY applied_at, id");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void withoutItsTableItListsNothingAndCreatesNothingUntilTheLockIsTaken(TestDatabases.Kind kind)
            throws SQLException {
        DataSource dataSource = TestDatabases.fresh(kind);
        JdbcTracker tracker = new JdbcTracker(dataSource, TABLE);

        assertThat(tracker.listRecords()).isEqualTo(new MigrationTracker.Records(List.of(), List.of()));
        assertThatExceptionOfType(SQLException.class).isThrownBy(() -> rows(dataSource));
        assertThat(tracker.listChecksums()).isEqualTo(new MigrationTracker.Checksums(List.of(), Set.of()));
        assertThatExceptionOfType(SQLException.class).isThrownBy(() -> rows(dataSource));

        try (MigrationLock lock = tracker.acquireLock(Duration.ofSeconds(5))) {
            assertThat(rows(dataSource)).isEmpty();
            assertThat(tracker.listRecords().applied()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theTableMadeUnderTheLockIsCommittedWhenConnectionsStartOutsideAutoCommit(TestDatabases.Kind kind)
            throws SQLException {
        DataSource dataSource = TestDatabases.fresh(kind);
        JdbcTracker tracker = new JdbcTracker(outsideAutoCommit(dataSource), TABLE);

        try (MigrationLock lock = tracker.acquireLock(Duration.ofSeconds(5))) {
            assertThat(rows(dataSource)).isEmpty();
        }
        tracker.recordApplied(record(1));

        assertThat(new JdbcTracker(dataSource, TABLE).listApplied()).containsExactly(record(1));
    }

    /**
     * The lock's first taking makes its table and row; every later one locks the row with one
     * statement, and a holder still keeps a second taker out until it releases, for no longer
     * than its timeout.
     */
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aHeldLockKeepsASecondTrackerOutUntilItIsReleased(TestDatabases.Kind kind) {
        DataSource dataSource = TestDatabases.fresh(kind);
        JdbcTracker first = new JdbcTracker(dataSource, TABLE);
        JdbcTracker second = new JdbcTracker(dataSource, TABLE);

        try (MigrationLock made = first.acquireLock(Duration.ofSeconds(5))) {
            long start = System.nanoTime();
            assertThatExceptionOfType(LockTimeoutException.class)
                    .isThrownBy(() -> second.acquireLock(Duration.ofMillis(200)));
            // the timeout holds: H2 waits its own lock timeout, 2 s, on each plain FOR UPDATE
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1900));
        }
        try (MigrationLock again = second.acquireLock(Duration.ofSeconds(5))) {
            long start = System.nanoTime();
            assertThatExceptionOfType(LockTimeoutException.class)
                    .isThrownBy(() -> first.acquireLock(Duration.ofMillis(200)));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1900));
        }
        try (MigrationLock released = first.acquireLock(Duration.ofSeconds(5))) {
            assertThat(first.listRecords().applied()).isEmpty();
        }
    }

    /**
     * The text each database gives for {@code applied_at} is read as the driver's
     * {@code OffsetDateTime} reads it, for seeded random times and offsets; a time the text form
     * cannot hold (a year before 1, an offset with seconds) is read through the driver.
     */
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void readsTheTimeOfEachRecordAsTheDriverDoes(TestDatabases.Kind kind) throws SQLException {
        DataSource dataSource = TestDatabases.fresh(kind);
        JdbcTracker tracker = new JdbcTracker(dataSource, TABLE);
        try (MigrationLock lock = tracker.acquireLock(Duration.ofSeconds(5))) {
            // makes the table
        }
        Random random = new Random(20261203L);
        List<OffsetDateTime> times = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long second = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond()
                    + (long) (random.nextDouble() * 200 * 365 * 86_400);
            int micros = random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000);
            int offsetMinutes = (random.nextInt(4) == 0 ? 0 : random.nextInt(14 * 60 + 1)) * (random.nextBoolean() ? 1 : -1);
            times.add(OffsetDateTime.ofInstant(Instant.ofEpochSecond(second, micros * 1_000L),
                    ZoneOffset.ofTotalSeconds(random.nextInt(3) == 0 ? 0 : offsetMinutes / 15 * 15 * 60)));
        }
        times.add(OffsetDateTime.of(1500, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC));
        times.add(OffsetDateTime.of(-43, 3, 15, 12, 0, 0, 0, ZoneOffset.UTC));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                        + " (id, name, checksum, applied_at, state) VALUES (?, ?, ?, ?, 'applied')")) {
            for (int i = 0; i < times.size(); i++) {
                insert.setLong(1, i + 1);
                insert.setString(2, "migration_" + (i + 1));
                insert.setString(3, "%064x".formatted(i + 1));
                insert.setObject(4, times.get(i));
                insert.executeUpdate();
            }
        }

        List<Instant> read = tracker.listApplied().stream().sorted(Comparator.comparingLong(AppliedMigration::id))
                .map(AppliedMigration::appliedAt).toList();

        assertThat(read).isEqualTo(byDriver(dataSource, null)).hasSize(times.size());
        assertThat(read.get(times.size() - 1)).isEqualTo(times.get(times.size() - 1).toInstant());
        if (kind == TestDatabases.Kind.POSTGRES) {
            // PostgreSQL writes the time in the session's zone: offsets of half hours, and of seconds
            // in local mean time (Amsterdam's in 1500: +00:17:30), which only the driver reads
            byDriver(dataSource, "Asia/Kolkata");
            byDriver(dataSource, "Europe/Amsterdam");
        }
    }

    /**
     * @param zone the session's time zone, or null to keep the driver's
     * @return each record's applied_at through the driver, after checking that the text, where it
     *     can be read, reads the same; it can for all but a few
     */
    private static List<Instant> byDriver(DataSource dataSource, String zone) throws SQLException {
        List<Instant> times = new ArrayList<>();
        int unread = 0;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (zone != null) {
                statement.execute("SET TIME ZONE '" + zone + "'");
            }
            try (ResultSet rows = statement.executeQuery("SELECT applied_at FROM " + TABLE + " ORDER BY id")) {
                while (rows.next()) {
                    String text = rows.getString(1);
                    Instant driver = rows.getObject(1, OffsetDateTime.class).toInstant();
                    Optional<Instant> parsed = Rfc3339.parseSql(text);
                    if (parsed.isPresent()) {
                        assertThat(parsed.get()).as(text).isEqualTo(driver);
                    } else {
                        unread++;
                    }
                    times.add(driver);
                }
            } finally {
                if (zone != null) {
                    statement.execute("SET TIME ZONE DEFAULT");
                }
            }
        }
        assertThat(unread).as("texts read through the driver").isBetween(1, times.size() / 10);
        return times;
    }

    /** @return the data source, handing out its connections with auto-commit off, as some pools are set up */
    private static DataSource outsideAutoCommit(DataSource dataSource) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(dataSource, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (result instanceof Connection connection) {
                        connection.setAutoCommit(false);
                    }
                    return result;
                });
    }
}
