package com.kimberlite.migration.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TomlWriterTest {

    @Test
    void writesPlainStringsAsTheyAre() {
        assertThat(TomlWriter.basicString("Café ☕ 日本 😀 it's")).isEqualTo("\"Café ☕ 日本 😀 it's\"");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(TomlWriter.basicString("\"\\\t\n\r\u0000\u001B\u007F"))
                .isEqualTo("\"\\\"\\\\\\t\\n\\u000D\\u0000\\u001B\\u007F\"");
    }

    @Test
    void writesKeysTablesAndEmptyArraysOnePerLine() {
        String toml = new TomlWriter().integer("version", 1).emptyArray("migration").blankLine()
                .arrayTable("migration").string("name", "a").toString();

        assertThat(toml).isEqualTo("version = 1\nmigration = []\n\n[[migration]]\nname = \"a\"\n");
    }

    @Test
    void escapesWhatFollowsPlainTextInAKeysValue() {
        String toml = new TomlWriter().string("name", "add \"users\"\ttable").string("by", "C:\\ci").toString();

        assertThat(toml).isEqualTo("name = \"add \\\"users\\\"\\ttable\"\nby = \"C:\\\\ci\"\n");
        assertThat(TomlWriter.basicString("a\u007F")).isEqualTo("\"a\\u007F\"");
    }
}
