package com.kimberlite.migration.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileTest {

    @TempDir
    Path dir;

    private ProjectSettings read(String text) throws IOException {
        Files.writeString(dir.resolve("kimberlite.toml"), text);
        return ProjectFile.read(dir);
    }

    @Test
    void projectWithoutFileHasNoSettings() {
        assertThat(ProjectFile.read(dir)).isEqualTo(ProjectSettings.none());
    }

    @Test
    void readsTheFourKeysOfKimberlitesProjectFile() throws IOException {
        ProjectSettings settings = read("""
                [project]
                name = "kimberlite-project"

                [database]
                data_dir = ".kimberlite/data"
                url = "jdbc:h2:mem:app"   # the database
                user = 'sa'

                [migrations]
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
                [[migrations]]
                directory = "nor this one"
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
    void hashInsideStringIsNotAComment() throws IOException {
        assertThat(read("[database]\nurl = \"jdbc:h2:mem:a#b\" # comment\n").databaseUrl()).contains("jdbc:h2:mem:a#b");
    }

    @Test
    void rejectsAutoTimestampThatIsNotABooleanNamingFileAndLine() throws IOException {
        assertThatThrownBy(() -> read("[migrations]\n\nauto_timestamp = \"yes\"\n"))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining(dir.resolve("kimberlite.toml").toString())
                .hasMessageContaining("line 3")
                .hasMessageContaining("auto_timestamp must be true or false");
    }

    @Test
    void rejectsUnquotedDirectory() throws IOException {
        assertThatThrownBy(() -> read("[migrations]\ndirectory = migrations\n"))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("directory must be a quoted string");
    }

    @Test
    void rejectsUnterminatedString() throws IOException {
        assertThatThrownBy(() -> read("[database]\nurl = \"jdbc:h2:mem:a\n"))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void rejectsKeyGivenTwice() throws IOException {
        assertThatThrownBy(() -> read("[database]\nuser = \"a\"\nuser = \"b\"\n"))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("defined twice");
    }

    @Test
    void rejectsMalformedTableHeader() throws IOException {
        assertThatThrownBy(() -> read("[migrations\ndirectory = \"m\"\n"))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("must end with ']'");
    }

    @Test
    void rejectsLineThatIsNeitherTableNorKeyValue() throws IOException {
        assertThatThrownBy(() -> read("[project]\nname\n"))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("expected 'key = value'");
    }
}
