package com.kimberlite.migration.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KimberliteTomlTests {

    @TempDir
    Path temp;

    @Test
    void readsDirectoryOfTheMigrationsTable() throws IOException {
        assertThat(directory("""
                [project]
                name = "shop"
                directory = "not-this-one"

                [migrations]
                # where the SQL lives
                directory = "db/migrations"   # a comment
                auto_timestamp = true

                [other]
                directory = "nor-this-one"
                """)).isEqualTo("db/migrations");
    }

    @Test
    void readsLiteralStringsAndQuotedKeys() throws IOException {
        assertThat(directory("[ migrations ]\n\"directory\" = 'C:\\sql\\migrations'\n"))
            .isEqualTo("C:\\sql\\migrations");
    }

    @Test
    void unescapesBasicStrings() throws IOException {
        assertThat(directory("[migrations]\ndirectory = \"db\\\\m \\\"x\\\" \\u00e9\"\n")).isEqualTo("db\\m \"x\" é");
    }

    @Test
    void readsTopLevelDottedKey() throws IOException {
        assertThat(directory("migrations.directory = \"sql\"\n[migrations.extra]\ndirectory = \"no\"\n"))
            .isEqualTo("sql");
    }

    @Test
    void ignoresFilesWithoutTheKey() throws IOException {
        assertThat(KimberliteToml.migrationsDirectory(this.temp.resolve("absent.toml"))).isEmpty();
        Path file = Files.writeString(this.temp.resolve("kimberlite.toml"), "[migrations]\ndirectory = 42\n");
        assertThat(KimberliteToml.migrationsDirectory(file)).isEmpty();
        Files.writeString(file, "[[migrations]]\ndirectory = \"array-of-tables\"\n");
        assertThat(KimberliteToml.migrationsDirectory(file)).isEmpty();
    }

    private String directory(String toml) throws IOException {
        Path file = Files.writeString(this.temp.resolve("kimberlite.toml"), toml);
        return KimberliteToml.migrationsDirectory(file).orElseThrow();
    }

}
