package com.kimberlite.migration.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kimberlite.migration.InvalidMigrationNameException;
import com.kimberlite.migration.MigrationConfig;
import com.kimberlite.migration.MigrationFile;
import com.kimberlite.migration.MigrationManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MigrationCreateTest {

    @TempDir
    Path dir;

    private MigrationManager manager(boolean autoTimestamp, String author) {
        return new MigrationManager(MigrationConfig.builder()
                .migrationsDir(dir.resolve("migrations"))
                .stateDir(dir.resolve(".kimberlite/migrations"))
                .autoTimestamp(autoTimestamp)
                .author(author)
                .build());
    }

    @Test
    void createsTheFirstFileWithTheTemplateOfTheRustTool() throws IOException {
        MigrationFile file = manager(true, null).create("Add_Users_Table");

        assertThat(file.path()).isEqualTo(dir.resolve("migrations/0001_add_users_table.sql"));
        assertThat(file.id()).isEqualTo(1);
        assertThat(file.name()).isEqualTo("Add_Users_Table");
        assertThat(file.migration().sql()).isEmpty();
        assertThat(file.checksum()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        String content = Files.readString(file.path());
        assertThat(content).matches("-- Migration: Add_Users_Table\n"
                + "-- Created: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?\\+00:00\n"
                + "-- Author: \n\n"
                + "-- Up Migration\n-- TODO: Add your SQL here\n\n"
                + "-- Down Migration \\(optional\\)\n-- TODO: Add rollback SQL here\n");
        assertThat(MigrationFile.load(file.path())).isEqualTo(file);
    }

    @Test
    void writesTheConfiguredAuthorAndNoCreatedLineWithoutAutoTimestamp() throws IOException {
        MigrationFile file = manager(false, "alice@example.com").create("x");

        assertThat(Files.readString(file.path())).startsWith("-- Migration: x\n-- Author: alice@example.com\n\n");
        assertThat(file.migration().author()).contains("alice@example.com");
    }

    @Test
    void nextIdIsOneAboveTheHighest() throws IOException {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/0007_old.sql"), "SELECT 1;");

        assertThat(manager(true, null).create("next").path().getFileName().toString()).isEqualTo("0008_next.sql");
    }

    @ParameterizedTest
    @ValueSource(strings = {"invalid/name", "../x", "a b", "", "semi;colon", "dot.name", "tab\tname"})
    void rejectsInvalidNames(String name) {
        MigrationManager manager = manager(true, null);

        assertThatThrownBy(() -> manager.create(name))
                .isInstanceOf(InvalidMigrationNameException.class)
                .hasMessageStartingWith("Invalid migration name: ")
                .hasMessageContaining("letters, digits");
        assertThat(dir.resolve("migrations")).doesNotExist();
    }

    @Test
    void rejectsNamesOverOneHundredCharacters() {
        assertThatThrownBy(() -> manager(true, null).create("a".repeat(101)))
                .isInstanceOf(InvalidMigrationNameException.class)
                .hasMessageContaining("longer than 100");
        assertThat(manager(true, null).create("a".repeat(100)).id()).isEqualTo(1);
    }

    @Test
    void acceptsUnicodeLettersAndDashes() {
        assertThat(manager(true, null).create("café-crème_2").path().getFileName().toString())
                .isEqualTo("0001_café-crème_2.sql");
    }

    @Test
    void concurrentCreatesNeverShareAnId() throws Exception {
        int threads = 8;
        int perThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    ids.add(manager(true, null).create("t" + thread + "_" + i).id());
                }
                return ids;
            }));
        }
        Set<Long> ids = new HashSet<>();
        for (Future<List<Long>> result : results) {
            ids.addAll(result.get());
        }
        pool.shutdown();

        assertThat(ids).hasSize(threads * perThread);
        assertThat(MigrationFile.discover(dir.resolve("migrations"))).extracting(MigrationFile::id)
                .containsExactlyElementsOf(ids.stream().sorted().toList())
                .hasSize(threads * perThread);
    }
}
