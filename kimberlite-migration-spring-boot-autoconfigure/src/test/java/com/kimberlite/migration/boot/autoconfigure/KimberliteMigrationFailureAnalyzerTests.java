package com.kimberlite.migration.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.ChecksumMismatchException;
import com.kimberlite.migration.DuplicateMigrationIdException;
import com.kimberlite.migration.InterruptedMigrationException;
import com.kimberlite.migration.InvalidSequenceException;
import com.kimberlite.migration.LockTimeoutException;
import com.kimberlite.migration.MigrationException;
import com.kimberlite.migration.MigrationExecutionException;
import com.kimberlite.migration.MissingMigrationException;
import com.kimberlite.migration.OutOfOrderMigrationException;
import com.kimberlite.migration.ProjectFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;
import org.springframework.mock.env.MockEnvironment;

class KimberliteMigrationFailureAnalyzerTests {

    private static final Path FILE = Path.of("migrations", "0002_create_posts.sql");

    private static final String EXPECTED = "a".repeat(64);

    private static final String ACTUAL = "b".repeat(64);

    private final KimberliteMigrationFailureAnalyzer analyzer = new KimberliteMigrationFailureAnalyzer(
            new MockEnvironment());

    @Test
    void isRegistered() {
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation()
            .load(FailureAnalyzer.class, ArgumentResolver.of(Environment.class, new MockEnvironment()),
                    FailureHandler.handleMessage((message, failure) -> {
                    }))).hasAtLeastOneElementOfType(KimberliteMigrationFailureAnalyzer.class);
    }

    @Test
    void checksumMismatchNamesMigrationFileAndBothChecksums() {
        FailureAnalysis analysis = analyze(mismatch());
        assertThat(analysis.getDescription()).contains("migration 2 (create_posts)")
            .contains("File:     " + FILE)
            .contains("Expected: " + EXPECTED + " (recorded in .kimberlite/migrations/.lock)")
            .contains("Actual:   " + ACTUAL);
        assertThat(analysis.getAction()).contains("Restore 0002_create_posts.sql from version control")
            .contains("add a new migration instead of editing");
    }

    @Test
    void namesCopiesOfClasspathLocationsByTheirLocation() {
        Path copies = Path.of(System.getProperty("java.io.tmpdir"));
        MockEnvironment environment = new MockEnvironment()
            .withProperty("kimberlite.migrations.directory", "classpath:migrations")
            .withProperty("kimberlite.migrations.lock-file", "classpath:migrations/.lock");
        FailureAnalysis analysis = new KimberliteMigrationFailureAnalyzer(environment)
            .analyze(new ChecksumMismatchException(2, "create_posts",
                    copies.resolve("kimberlite-migrations-123/0002_create_posts.sql"), EXPECTED, ACTUAL,
                    copies.resolve("kimberlite-lock-456/.lock").toString()));
        assertThat(analysis.getDescription()).contains("File:     classpath:migrations/0002_create_posts.sql")
            .contains("(recorded in classpath:migrations/.lock)");
    }

    @Test
    void findsTheCauseBehindABeanCreationFailure() {
        FailureAnalysis analysis = this.analyzer
            .analyze(new BeanCreationException("kimberliteMigrationInitializer", "failed", mismatch()));
        assertThat(analysis.getDescription()).contains("Actual:   " + ACTUAL);
    }

    @Test
    void listsTheOtherProblems() {
        ChecksumMismatchException first = mismatch();
        first.addSuppressed(new MissingMigrationException(3, "index", "applied.toml", "migrations"));
        assertThat(analyze(first).getDescription()).contains("Other problems found:")
            .contains("- Migration 3 (index) is recorded in applied.toml but its file is missing");
    }

    @Test
    void listsTwentyOtherProblemsAndCountsTheRest() {
        ChecksumMismatchException first = mismatch();
        for (int id = 2; id <= 1001; id++) {
            first.addSuppressed(new MissingMigrationException(id, "m" + id, "applied.toml", "migrations"));
        }
        String description = analyze(first).getDescription();
        assertThat(description).contains("- Migration 21 (m21) is recorded")
            .doesNotContain("Migration 22 (m22)")
            .endsWith("\n    ... and 980 more; `kimberlite-migration validate` lists them all");
    }

    @Test
    void interruptedSaysCheckTheDatabaseThenRepair() {
        FailureAnalysis analysis = analyze(new InterruptedMigrationException(4, "backfill", "in-progress.toml"));
        assertThat(analysis.getDescription()).contains("Migration 4 (backfill) was interrupted");
        assertThat(analysis.getAction()).startsWith("Check the database")
            .contains("migration 4")
            .contains("repair");
    }

    @Test
    void missingSaysRestoreTheFile() {
        FailureAnalysis analysis = analyze(new MissingMigrationException(3, "index", "applied.toml", "migrations"));
        assertThat(analysis.getAction()).contains("Restore the file of migration 3 (index) from version control");
    }

    @Test
    void gapNamesTheMissingIdAndTheFile() {
        FailureAnalysis analysis = analyze(new InvalidSequenceException(2, 3, Path.of("migrations/0003_x.sql")));
        assertThat(analysis.getDescription()).contains("Invalid migration sequence: expected 2, found 3");
        assertThat(analysis.getAction()).contains("Restore migration 2").contains("renumber it to 2");
    }

    @Test
    void duplicateSaysRenameTheNewerFile() {
        FailureAnalysis analysis = analyze(new DuplicateMigrationIdException(1,
                List.of(Path.of("0001_a.sql"), Path.of("1_b.sql")), 2));
        assertThat(analysis.getDescription()).contains("Duplicate migration id 1: 0001_a.sql, 1_b.sql");
        assertThat(analysis.getAction()).contains("next free id");
    }

    @Test
    void failedStatementInATransactionSaysFixItInPlace() {
        FailureAnalysis analysis = analyze(new MigrationExecutionException(2, "create_posts", FILE, 1, 2,
                "CREATE TABLE posts (", "rolled back, nothing recorded", false, new SQLException("syntax error")));
        assertThat(analysis.getDescription()).contains("Migration 2 (create_posts) failed at statement 1")
            .contains("\n        Statement: CREATE TABLE posts (");
        assertThat(analysis.getAction()).startsWith("Fix the failed statement in 0002_create_posts.sql (line 2)")
            .contains("corrected in place");
    }

    @Test
    void failedStatementThatLeftChangesSaysCheckTheDatabaseThenRepair() {
        FailureAnalysis analysis = analyze(new MigrationExecutionException(2, "create_posts", FILE, 3, 9,
                "UPDATE posts SET x = 1", "left interrupted", true, new SQLException("deadlock")));
        assertThat(analysis.getAction()).startsWith("Check the database").contains("repair");
    }

    @Test
    void outOfOrderNamesTheProperty() {
        assertThat(analyze(new OutOfOrderMigrationException(2, "x", FILE, 5)).getAction())
            .contains("kimberlite.migrations.out-of-order=true");
    }

    @Test
    void lockTimeoutNamesTheProperty() {
        assertThat(analyze(new LockTimeoutException("table lock", Duration.ofSeconds(60), "")).getAction())
            .contains("kimberlite.migrations.lock-timeout");
    }

    @Test
    void malformedProjectFileSaysFixItOrSetTheProperty() {
        FailureAnalysis analysis = analyze(new ProjectFileException(Path.of("kimberlite.toml"), 2,
                "`migrations.directory` must be a string, found 3. Fix the file and run again.", null));

        assertThat(analysis.getDescription()).contains("Invalid project file kimberlite.toml, line 2:");
        assertThat(analysis.getAction()).contains("Fix kimberlite.toml").contains("kimberlite.migrations.directory");
    }

    @Test
    void anyOtherFailureShowsItsMessage() {
        FailureAnalysis analysis = analyze(new MigrationException("Something odd"));
        assertThat(analysis.getDescription()).contains("Something odd");
        assertThat(analysis.getAction()).isNotBlank();
    }

    private FailureAnalysis analyze(MigrationException failure) {
        FailureAnalysis analysis = this.analyzer.analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getCause()).isSameAs(failure);
        return analysis;
    }

    private static ChecksumMismatchException mismatch() {
        return new ChecksumMismatchException(2, "create_posts", FILE, EXPECTED, ACTUAL, ".kimberlite/migrations/.lock");
    }

}
