package com.kimberlite.migration.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.kimberlite.migration.MigrationConfig;
import com.kimberlite.migration.MigrationException;
import com.kimberlite.migration.MigrationFile;
import com.kimberlite.migration.MigrationInfo;
import com.kimberlite.migration.MigrationManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every project of shared/interop, as the Rust crate left it: status and validate on its files and
 * state files agree with what the crate reported.
 */
class InteropProjectsTest {

    @TempDir
    Path dir;

    static Stream<Path> projects() {
        return InteropVectors.projects().stream();
    }

    private MigrationManager manager(Path project) throws IOException {
        copy(project, dir);
        return new MigrationManager(MigrationConfig.builder()
                .migrationsDir(dir.resolve("migrations"))
                .stateDir(dir.resolve(".kimberlite/migrations"))
                .build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void statusAgreesWithTheRustCrate(Path project) throws IOException {
        JsonNode expected = InteropVectors.expected(project).get("status");
        MigrationManager manager = manager(project);

        List<MigrationFile> files = manager.listFiles();
        List<Long> pending = manager.listPending().stream().map(MigrationFile::id).toList();

        assertThat(files).hasSize(expected.get("files").size());
        for (int i = 0; i < files.size(); i++) {
            JsonNode file = expected.get("files").get(i);
            MigrationInfo info = manager.status().find(file.get("id").asLong()).orElseThrow();
            assertThat(files.get(i).id()).isEqualTo(file.get("id").asLong());
            assertThat(files.get(i).name()).isEqualTo(file.get("name").asString());
            assertThat(files.get(i).checksum()).isEqualTo(file.get("checksum").asString());
            assertThat(info.applied().isPresent()).isEqualTo(file.get("status").asString().equals("applied"));
            assertThat(info.locked()).isEqualTo(file.get("locked").asBoolean());
        }
        List<Long> expectedPending = new ArrayList<>();
        expected.get("pending_ids").forEach(id -> expectedPending.add(id.asLong()));
        assertThat(pending).isEqualTo(expectedPending);
        assertThat(manager.listApplied()).isEqualTo(InteropVectors.appliedRecords(expected.get("applied")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void validateAgreesWithTheRustCrate(Path project) throws IOException {
        JsonNode expected = InteropVectors.expected(project).get("validate");
        MigrationManager manager = manager(project);

        if (expected.get("ok").asBoolean()) {
            assertThatCode(manager::validate).doesNotThrowAnyException();
        } else {
            Throwable thrown = catchThrowable(manager::validate);
            assertThat(thrown).isInstanceOf(MigrationException.class);
            assertThat(thrown.getMessage()).startsWith(expected.get("error").asString());
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
