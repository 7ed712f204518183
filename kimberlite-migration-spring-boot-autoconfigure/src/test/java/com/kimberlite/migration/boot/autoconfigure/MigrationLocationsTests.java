package com.kimberlite.migration.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.boot.testsupport.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

class MigrationLocationsTests {

    private static final Path DEFAULT = Path.of("migrations");

    @TempDir
    Path temp;

    @Test
    void usesThePropertyBeforeKimberliteToml() throws IOException {
        Path toml = Files.writeString(this.temp.resolve("kimberlite.toml"), "[migrations]\ndirectory = \"sql\"\n");
        try (MigrationLocations locations = new MigrationLocations(new DefaultResourceLoader(), toml)) {
            assertThat(locations.migrationsDirectory("db", DEFAULT)).isEqualTo(Path.of("db"));
            assertThat(locations.migrationsDirectory(null, DEFAULT)).isEqualTo(Path.of("sql"));
            assertThat(locations.migrationsDirectory("file:other", DEFAULT)).isEqualTo(Path.of("other"));
        }
    }

    @Test
    void usesTheDefaultWithoutPropertyOrKimberliteToml() {
        try (MigrationLocations locations = new MigrationLocations(new DefaultResourceLoader(),
                this.temp.resolve("kimberlite.toml"))) {
            assertThat(locations.migrationsDirectory(null, DEFAULT)).isEqualTo(DEFAULT);
        }
    }

    @Test
    void copiesClasspathMigrationsAndDescribesTheCopyByItsLocation() {
        Path copy;
        try (MigrationLocations locations = new MigrationLocations(new DefaultResourceLoader(),
                this.temp.resolve("kimberlite.toml"))) {
            String location = "classpath:/" + TestProject.CLASSPATH_MIGRATIONS + "/";
            copy = locations.migrationsDirectory(location, DEFAULT);
            assertThat(copy).isDirectory();
            assertThat(copy.toFile().list()).containsExactlyInAnyOrderElementsOf(TestProject.MIGRATIONS);
            assertThat(locations.describe(copy)).isEqualTo(location);
            assertThat(locations.describe(Path.of("elsewhere"))).isEqualTo("elsewhere");
        }
        assertThat(copy).doesNotExist();
    }

    @Test
    void missingClasspathFolderHoldsNoMigrations() {
        try (MigrationLocations locations = new MigrationLocations(new DefaultResourceLoader(),
                this.temp.resolve("kimberlite.toml"))) {
            assertThat(locations.migrationsDirectory("classpath:nowhere", DEFAULT)).isEmptyDirectory();
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
