package com.kimberlite.migration.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.kimberlite.migration.MigrationException;
import com.kimberlite.migration.MigrationFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Any bytes in a migration file give a parsed file or a {@link MigrationException}, never another
 * exception; a parsed file's checksum is the SHA-256 of its body.
 */
class MigrationFileFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyBytesParseOrFailWithAMigrationException(FuzzedDataProvider data)
            throws IOException, NoSuchAlgorithmException {
        String name = data.pickValue(new String[] {"0001_x.sql", "0001_a_b.sql.sql", "1_.sql", "x.sql", "+1_x.sql"});
        byte[] content = data.consumeRemainingAsBytes();
        Path dir = Files.createTempDirectory("fuzz");
        Path file = dir.resolve(name);
        try {
            Files.write(file, content);
            MigrationFile parsed = MigrationFile.load(file);
            byte[] body = parsed.migration().sql().getBytes(StandardCharsets.UTF_8);
            String checksum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            assertThat(parsed.checksum()).isEqualTo(checksum);
            assertThat(parsed.upSql()).isNotNull();
            assertThat(parsed.downSql()).isNotNull();
        } catch (MigrationException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
