package com.kimberlite.migration.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.boot.testsupport.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.mock.env.MockEnvironment;

class MigrationLocationsTests {

    @TempDir
    Path temp;

    @Test
    void usesThePropertyBeforeKimberliteToml() throws IOException {
        Path toml = Files.writeString(this.temp.resolve("kimberlite.toml"), "[migrations]\ndirectory = \"sql\"\n");
        try (MigrationLocations locations = new MigrationLocations(new DefaultResourceLoader(), toml)) {
            assertThat(locations.migrationsDirectory("db")).isEqualTo(Path.of("db"));
            assertThat(locations.migrationsDirectory(null)).isEqualTo(Path.of("sql"));
            assertThat(locations.migrationsDirectory("file:other")).isEqualTo(Path.of("other"));
        }
    }

    @Test
    void usesTheDefaultWithoutPropertyOrKimberliteToml() {
        try (MigrationLocations locations = new MigrationLocations(new DefaultResourceLoader(),
                this.temp.resolve("kimberlite.toml"))) {
            assertThat(locations.migrationsDirectory(null)).isEqualTo(Path.of("migrations"));
        }
    }

    @Test
    void copiesClasspathMigrationsAndDeletesTheCopyOnClose() {
        Path copy;
        try (MigrationLocations locations = new MigrationLocations(new DefaultResourceLoader(),
                this.temp.resolve("kimberlite.toml"))) {
            copy = locations.migrationsDirectory("classpath:/" + TestProject.CLASSPATH_MIGRATIONS + "/");
            assertThat(copy).isDirectory();
            assertThat(copy.toFile().list()).containsExactlyInAnyOrderElementsOf(TestProject.MIGRATIONS);
        }
        assertThat(copy).doesNotExist();
    }

    @Test
    void describesCopiesByTheirConfiguredLocationEvenAfterClose() {
        MockEnvironment environment = new MockEnvironment()
            .withProperty("kimberlite.migrations.directory", "classpath:db/")
            .withProperty("kimberlite.migrations.lock-file", "classpath:db/.lock");
        Path folder;
        Path lock;
        try (MigrationLocations locations = new MigrationLocations(new DefaultResourceLoader(),
                this.temp.resolve("kimberlite.toml"))) {
            folder = locations.migrationsDirectory("classpath:db/");
            lock = locations.lockFile("classpath:db/.lock");
        }
        assertThat(MigrationLocations.describe(folder, environment)).isEqualTo("classpath:db");
        assertThat(MigrationLocations.describe(folder.resolve("0001_a.sql"), environment))
            .isEqualTo("classpath:db/0001_a.sql");
        assertThat(MigrationLocations.describe(lock, environment)).isEqualTo("classpath:db/.lock");
        assertThat(MigrationLocations.describe(Path.of("migrations/0001_a.sql"), environment))
            .isEqualTo(Path.of("migrations/0001_a.sql").toString());
        assertThat(MigrationLocations.describe(this.temp.resolve("kimberlite-migrations-1/0001_a.sql"), environment))
            .endsWith("0001_a.sql")
            .startsWith(this.temp.toString());
    }

    @Test
    void describesEveryCopyInAMessage() {
        MockEnvironment environment = new MockEnvironment()
            .withProperty("kimberlite.migrations.directory", "classpath:db")
            .withProperty("kimberlite.migrations.lock-file", "classpath:db/.lock");
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        String message = "File " + temporary.resolve("kimberlite-migrations-12/0002_b.sql") + " (b) was changed after"
                + " its checksum was recorded in " + temporary.resolve("kimberlite-lock-34/.lock")
                + ". Restore it; see " + this.temp + ".";
        assertThat(MigrationLocations.describeAll(message, environment))
            .isEqualTo("File classpath:db/0002_b.sql (b) was changed after its checksum was recorded in"
                    + " classpath:db/.lock. Restore it; see " + this.temp + ".");
    }

    @Test
    void missingClasspathFolderHoldsNoMigrations() {
        try (MigrationLocations locations = new MigrationLocations(new DefaultResourceLoader(),
                this.temp.resolve("kimberlite.toml"))) {
            assertThat(locations.migrationsDirectory("classpath:nowhere")).isEmptyDirectory();
        }
    }

    @Test
    void missingClasspathLockFileIsAPathWithoutFile() {
        try (MigrationLocations locations = new MigrationLocations(new DefaultResourceLoader(),
                this.temp.resolve("kimberlite.toml"))) {
            Path lock = locations.lockFile("classpath:nowhere/.lock");
            assertThat(lock).doesNotExist();
            assertThat(lock.getParent()).isDirectory();
        }
    }

}
