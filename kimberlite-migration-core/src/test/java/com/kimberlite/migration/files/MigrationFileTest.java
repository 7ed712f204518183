package com.kimberlite.migration.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kimberlite.migration.DuplicateMigrationIdException;
import com.kimberlite.migration.InvalidMigrationNameException;
import com.kimberlite.migration.MigrationFile;
import com.kimberlite.migration.MigrationParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading single files and folders: bad input, and the deliberate differences from the Rust tool. */
class MigrationFileTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"0001.sql", "abc.sql", "4294967296_x.sql", "+5_x.sql", "-1_x.sql", "_x.sql", "1a_x.sql"})
    void rejectsFileNamesWithoutAValidId(String fileName) throws IOException {
        Path file = write(fileName, "SELECT 1;");

        assertThatThrownBy(() -> MigrationFile.load(file))
                .isInstanceOf(InvalidMigrationNameException.class)
                .hasMessageStartingWith("Invalid migration name: " + fileName)
                .hasMessageContaining("NNNN_name.sql");
        assertThat(Files.readString(file)).isEqualTo("SELECT 1;");
    }

    @Test
    void acceptsTheLargestUnsigned32BitId() throws IOException {
        assertThat(MigrationFile.load(write("4294967295_max.sql", "SELECT 1;")).id()).isEqualTo(4294967295L);
    }

    @Test
    void signedIdIsRejectedWhereTheRustToolAcceptsIt() throws IOException {
        Path file = write("+5_x.sql", "SELECT 1;");

        assertThatThrownBy(() -> MigrationFile.load(file)).isInstanceOf(InvalidMigrationNameException.class);
    }

    @Test
    void byteOrderMarkIsDroppedSoTheHeaderStaysAHeader() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "-- Migration: With BOM\nCREATE TABLE t (id INT);\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(text, 0, content, bom.length, text.length);
        Path file = dir.resolve("0001_bom.sql");
        Files.write(file, content);

        MigrationFile parsed = MigrationFile.load(file);

        assertThat(parsed.name()).isEqualTo("With BOM");
        assertThat(parsed.migration().sql()).isEqualTo("CREATE TABLE t (id INT);");
        assertThat(parsed.checksum()).isEqualTo(MigrationFile.load(write("0002_plain.sql",
                "-- Migration: With BOM\nCREATE TABLE t (id INT);\n")).checksum());
    }

    @Test
    void downMarkerSplitsOnlyOnALineOfItsOwn() throws IOException {
        Path file = write("0001_x.sql", "INSERT INTO notes VALUES ('see -- Down Migration below');\n"
                + "SELECT 1; -- Down Migration\n"
                + "  -- Down Migration\n"
                + "DELETE FROM notes;\n");

        MigrationFile parsed = MigrationFile.load(file);

        assertThat(parsed.upSql()).isEqualTo("INSERT INTO notes VALUES ('see -- Down Migration below');\n"
                + "SELECT 1; -- Down Migration");
        assertThat(parsed.downSql()).contains("DELETE FROM notes;");
    }

    @Test
    void duplicateIdsAreReportedWithBothFiles() throws IOException {
        write("0001_a.sql", "SELECT 1;");
        write("1_b.sql", "SELECT 2;");
        write("0002_c.sql", "SELECT 3;");

        assertThatThrownBy(() -> MigrationFile.discover(dir))
                .isInstanceOf(DuplicateMigrationIdException.class)
                .hasMessageStartingWith("Duplicate migration id 1: 0001_a.sql, 1_b.sql")
                .hasMessageContaining("id 3");
    }

    @Test
    void nonUtf8FileIsReportedWithItsLine() throws IOException {
        Path file = dir.resolve("0001_latin1.sql");
        byte[] content = "SELECT 1;\nSELECT 'caf\u00e9';\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, content);

        assertThatThrownBy(() -> MigrationFile.load(file))
                .isInstanceOf(MigrationParseException.class)
                .hasMessageStartingWith("Failed to parse migration file " + file + ": line 2: ")
                .hasMessageContaining("UTF-8");
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }

    @Test
    void migrationsPathThatIsAFileIsReported() throws IOException {
        Path notAFolder = write("migrations", "x");

        assertThatThrownBy(() -> MigrationFile.discover(notAFolder))
                .isInstanceOf(MigrationParseException.class)
                .hasMessageContaining(notAFolder.toString())
                .hasMessageContaining("is a file, not a folder");
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }

    @Test
    void missingFolderHoldsNoMigrations() {
        assertThat(MigrationFile.discover(dir.resolve("absent"))).isEmpty();
    }

    @Test
    void discoverTakesOnlyLowercaseSqlFilesDirectlyInTheFolder() throws IOException {
        write("0002_b.sql", "SELECT 2;");
        write("0001_a.sql", "SELECT 1;");
        write("0003_c.SQL", "SELECT 3;");
        write("README.md", "notes");
        write("0004_d.sql.bak", "SELECT 4;");
        Files.createDirectories(dir.resolve("0005_folder.sql"));
        Files.createDirectories(dir.resolve("nested"));
        Files.writeString(dir.resolve("nested/0006_f.sql"), "SELECT 6;");

        List<MigrationFile> files = MigrationFile.discover(dir);

        assertThat(files).extracting(MigrationFile::id).containsExactly(1L, 2L);
    }

    @Test
    void transactionNoneHeaderMarksTheMigrationNonTransactional() throws IOException {
        MigrationFile none = MigrationFile.load(write("0001_idx.sql",
                "-- Migration: index\n-- Transaction: none\nCREATE INDEX CONCURRENTLY i ON t (a);\n"));
        MigrationFile normal = MigrationFile.load(write("0002_t.sql", "CREATE TABLE t (a INT);"));

        assertThat(none.transactional()).isFalse();
        assertThat(normal.transactional()).isTrue();
    }

    @Test
    void createdHeaderIsReadAsUtc() throws IOException {
        MigrationFile parsed = MigrationFile.load(write("0001_x.sql",
                "-- Created: 2026-01-01 01:30:00.123456789999+02:00\nSELECT 1;"));

        assertThat(parsed.migration().createdAt()).isEqualTo(Instant.parse("2025-12-31T23:30:00.123456789Z"));
    }

    @Test
    void unparseableCreatedHeaderCountsAsAbsent() throws IOException {
        Instant before = Instant.now();
        MigrationFile parsed = MigrationFile.load(write("0001_x.sql", "-- Created: yesterday\nSELECT 1;"));

        assertThat(parsed.migration().createdAt()).isBetween(before, Instant.now());
    }

    @Test
    void filesOfAFolderWithoutAValidCreatedHeaderShareTheTimeTheFolderWasRead() throws IOException {
        write("0001_a.sql", "SELECT 1;");
        write("0002_b.sql", "-- Created: not a time\nSELECT 2;");
        write("0003_c.sql", "-- Created: not a time\n-- Created: 2026-01-01T00:00:00Z\nSELECT 3;");
        Instant before = Instant.now();

        List<MigrationFile> files = MigrationFile.discover(dir);

        Instant readAt = files.get(0).migration().createdAt();
        assertThat(readAt).isBetween(before, Instant.now());
        assertThat(files.get(1).migration().createdAt()).isEqualTo(readAt);
        assertThat(files.get(2).migration().createdAt()).as("the last Created header counts")
                .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
