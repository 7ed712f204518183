package com.kimberlite.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectSettingsTest {

    @TempDir
    Path dir;

    private ProjectSettings read(String text) throws IOException {
        Files.writeString(dir.resolve("kimberlite.toml"), text);
        return ProjectSettings.read(dir);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRejected(String text, int line)
            throws IOException {
        Files.writeString(dir.resolve("kimberlite.toml"), text);
        return assertThatThrownBy(() -> ProjectSettings.read(dir))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageStartingWith("Invalid project file " + dir.resolve("kimberlite.toml") + ", line " + line
                        + ": ")
                .hasMessageEndingWith(". Fix the file and run again.")
                .satisfies(e -> assertThat(((ProjectFileException) e).line()).isEqualTo(line))
                .satisfies(e -> assertThat(((ProjectFileException) e).file())
                        .isEqualTo(dir.resolve("kimberlite.toml")));
    }

    @Test
    void projectWithoutFileHasNoSettings() {
        assertThat(ProjectSettings.read(dir)).isEqualTo(ProjectSettings.none());
    }

    @Test
    void blankFileHasNoSettings() throws IOException {
        assertThat(read("\n  \n")).isEqualTo(ProjectSettings.none());
    }

    @Test
    void readsTheFourKeysOfKimberlitesProjectFile() throws IOException {
        ProjectSettings settings = read("""
                [project]
                name = "kimberlite-project"
                directory = "not-this-one"

                [database]
                data_dir = ".kimberlite/data"
                url = "jdbc:h2:mem:app"   # the database
                user = 'sa'

                [migrations]
                # where the SQL lives
                directory = "db/migrations"
                auto_timestamp = false
                """);

        assertThat(settings).isEqualTo(new ProjectSettings(Optional.of("db/migrations"), Optional.of(false),
                Optional.of("jdbc:h2:mem:app"), Optional.of("sa")));
    }

    @Test
    void keysOfOtherTablesAreIgnored() throws IOException {
        ProjectSettings settings = read("""
                directory = "top-level"
                [cluster]
                directory = "not this"
                url = 5
                [migrations.extra]
                directory = "nor this"
                auto_timestamp = "nor this"
                """);

        assertThat(settings).isEqualTo(ProjectSettings.none());
    }

    @Test
    void valuesSpanningSeveralLinesAreSkipped() throws IOException {
        ProjectSettings settings = read("""
                [database]
                hosts = [
                  "a",
                  ["b", "c"],
                ]
                notes = \"""
                [migrations]
                directory = "inside a string"
                \"""
                [migrations]
                directory = "real"
                """);

        assertThat(settings.migrationsDirectory()).contains("real");
    }

    @Test
    void basicStringEscapesAreDecoded() throws IOException {
        assertThat(read("[migrations]\ndirectory = \"a\\\\b \\\"q\\\" \\u00e9\"\n").migrationsDirectory())
                .contains("a\\b \"q\" é");
    }

    @Test
    void readsLiteralStringsAndQuotedKeys() throws IOException {
        assertThat(read("[ migrations ]\n\"directory\" = 'C:\\sql\\migrations'\n").migrationsDirectory())
                .contains("C:\\sql\\migrations");
    }

    @Test
    void readsDottedKeysAndInlineTables() throws IOException {
        ProjectSettings settings = read("""
                migrations.directory = "sql"
                database = { url = "jdbc:h2:mem:x", user = "app" }
                [migrations.extra]
                directory = "no"
                """);

        assertThat(settings).isEqualTo(new ProjectSettings(Optional.of("sql"), Optional.empty(),
                Optional.of("jdbc:h2:mem:x"), Optional.of("app")));
    }

    @Test
    void hashInsideStringIsNotAComment() throws IOException {
        assertThat(read("[database]\nurl = \"jdbc:h2:mem:a#b\" # comment\n").databaseUrl()).contains("jdbc:h2:mem:a#b");
    }

    @Test
    void rejectsAutoTimestampThatIsNotABoolean() throws IOException {
        assertRejected("[migrations]\n\nauto_timestamp = \"yes\"\n", 3)
                .hasMessageContaining("`migrations.auto_timestamp` must be true or false, found the string \"yes\"");
    }

    @Test
    void rejectsDirectoryThatIsNotAString() throws IOException {
        assertRejected("[migrations]\ndirectory = 3\n", 2)
                .hasMessageContaining("`migrations.directory` must be a string, found 3");
    }

    @Test
    void rejectsDatabaseThatIsNotATable() throws IOException {
        assertRejected("database = \"jdbc:h2:mem:x\"\n", 1)
                .hasMessageContaining("`database` must be a table ([database]), found the string");
    }

    @Test
    void rejectsMigrationsAsArrayOfTables() throws IOException {
        assertRejected("[[migrations]]\ndirectory = \"array-of-tables\"\n", 1)
                .hasMessageContaining("`migrations` must be a table ([migrations]), found an array");
    }

    @Test
    void rejectsUnquotedDirectory() throws IOException {
        assertRejected("[migrations]\ndirectory = migrations\n", 2).hasMessageContaining("not valid TOML");
    }

    @Test
    void rejectsUnterminatedString() throws IOException {
        assertRejected("[database]\nurl = \"jdbc:h2:mem:a\n", 2).hasMessageContaining("not valid TOML");
    }

    @Test
    void rejectsKeyGivenTwice() throws IOException {
        assertRejected("[database]\nuser = \"a\"\nuser = \"b\"\n", 3).hasMessageContaining("not valid TOML");
    }

    @Test
    void rejectsMalformedTableHeader() throws IOException {
        assertRejected("[migrations\ndirectory = \"m\"\n", 1).hasMessageContaining("not valid TOML");
    }

    @Test
    void rejectsLineThatIsNeitherTableNorKeyValue() throws IOException {
        assertRejected("[project]\nname\n", 2).hasMessageContaining("not valid TOML");
    }

    @Test
    void rejectsTextThatIsNotUtf8() throws IOException {
        Files.write(dir.resolve("kimberlite.toml"), new byte[] {'#', '\n', (byte) 0xFF, '\n'});

        assertThatThrownBy(() -> ProjectSettings.read(dir))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining(", line 2: not valid UTF-8 (byte 0xFF at offset 2)");
    }

    @Test
    void rejectsProjectFileThatIsAFolder() throws IOException {
        Files.createDirectory(dir.resolve("kimberlite.toml"));

        assertThatThrownBy(() -> ProjectSettings.read(dir))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageStartingWith("Invalid project file " + dir.resolve("kimberlite.toml") + ": cannot read");
    }
}
