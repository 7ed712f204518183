package com.kimberlite.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.ChecksumMismatchException;
import com.kimberlite.migration.DatabaseException;
import com.kimberlite.migration.LockTimeoutException;
import com.kimberlite.migration.MigrationException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExitCodeTest {

    @Test
    void migrationFailuresEndWithOne() {
        assertThat(ExitCode.of(new MigrationException("failed"))).isEqualTo(1);
        assertThat(ExitCode.of(new ChecksumMismatchException(1, "a", Path.of("a.sql"), "x", "y", "lock")))
                .isEqualTo(1);
    }

    @Test
    void unreachableDatabaseAndLockTimeoutEndWithThree() {
        assertThat(ExitCode.of(new DatabaseException("no connection", new SQLException("refused")))).isEqualTo(3);
        assertThat(ExitCode.of(new LockTimeoutException("file lock", Duration.ofSeconds(1), "pid 7"))).isEqualTo(3);
        assertThat(ExitCode.of(new SQLException("refused"))).isEqualTo(3);
    }

    @Test
    void badValuesEndWithTwo() {
        assertThat(ExitCode.of(new IllegalArgumentException("bad"))).isEqualTo(2);
        assertThat(ExitCode.of(new CliException(ExitCode.USAGE, "no url"))).isEqualTo(2);
    }

    @Test
    void lockTimeoutIsReportedAsItsOwnKind() {
        assertThat(ErrorReporter.kind(new LockTimeoutException("file lock", Duration.ofSeconds(1), ""), 3))
                .isEqualTo("lock_timeout");
        assertThat(ErrorReporter.kind(new CliException(3, "down"), 3)).isEqualTo("database_unavailable");
        assertThat(ErrorReporter.kind(new IllegalStateException("bug"), 1)).isEqualTo("internal_error");
    }
}
