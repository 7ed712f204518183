package com.kimberlite.migration.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.MigrationFile;
import com.kimberlite.migration.MigrationManager;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every case of shared/interop: loading the file gives exactly what the Rust crate gave. */
class InteropCasesTest {

    static Stream<Path> cases() {
        return InteropVectors.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parsesLikeTheRustCrate(Path caseFolder) {
        JsonNode expected = InteropVectors.expected(caseFolder);
        Path input = caseFolder.resolve(expected.get("path").asString());
        assertThat(input).exists();

        MigrationFile file = MigrationFile.load(input);

        assertThat(file.id()).isEqualTo(expected.get("id").asLong());
        assertThat(file.name()).isEqualTo(expected.get("name").asString());
        assertThat(file.migration().author().orElse(null)).isEqualTo(textOrNull(expected.get("author")));
        assertThat(file.migration().sql()).isEqualTo(expected.get("sql").asString());
        assertThat(file.checksum()).isEqualTo(expected.get("checksum").asString());
        assertThat(MigrationManager.upSql(file)).isEqualTo(expected.get("up_sql").asString());
        assertThat(MigrationManager.downSql(file).orElse(null)).isEqualTo(textOrNull(expected.get("down_sql")));
        if (!expected.path("created_at_nondeterministic").asBoolean(false)) {
            assertThat(file.migration().createdAt()).isEqualTo(Instant.parse(expected.get("created_at").asString()));
            assertThat(file.migration().createdAt().toString()).isEqualTo(expected.get("created_at").asString());
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }
}
