package com.kimberlite.migration.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.LockEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockFileCodecTest {

    private static final StateSource SOURCE = StateSource.lockFile(Path.of(".kimberlite/migrations/.lock"));

    private static List<LockEntry> read(String content) {
        return LockFileCodec.read(content.getBytes(StandardCharsets.UTF_8), SOURCE);
    }

    private static String write(List<LockEntry> entries) {
        return new String(LockFileCodec.write(entries), StandardCharsets.UTF_8);
    }

    @Test
    void readsBasicLiteralAndMultiLineStrings() {
        List<LockEntry> entries = read(String.join("\n", "version = 1", "", "[[migration]]", "id = 1",
                "name = \"\"\"It's \"quoted\"\"\"\"", "checksum = 'ab'", "", "[[migration]]", "id = 2",
                "name = 'C:\\migrations\\path'", "checksum = '''cd'''") + "\n");

        assertThat(entries).containsExactly(new LockEntry(1, "It's \"quoted\"", "ab"),
                new LockEntry(2, "C:\\migrations\\path", "cd"));
    }

    @Test
    void entriesOutOfIdOrderAreReadInFileOrder() {
        List<LockEntry> entries = read(write(List.of(new LockEntry(3, "c", "cc"), new LockEntry(1, "a", "aa"),
                new LockEntry(2, "b", "bb"))));

        assertThat(entries).extracting(LockEntry::id).containsExactly(3L, 1L, 2L);
    }

    @Test
    void replacementCharacterWrittenInANameIsKept() {
        List<LockEntry> entries = List.of(new LockEntry(1, "caf\ufffd", "aa"));

        assertThat(read(write(entries))).isEqualTo(entries);
    }

    @Test
    void readsEmptyArrayAsEmptyLock() {
        assertThat(read("version = 1\nmigration = []\n")).isEmpty();
    }

    @Test
    void lockFileWithoutMigrationKeyIsReadAsEmpty() {
        assertThat(read("version = 1\n")).isEmpty();
    }

    @Test
    void blankContentIsAnEmptyLock() {
        assertThat(read("")).isEmpty();
        assertThat(read(" \n\t\r\n")).isEmpty();
    }

    @Test
    void ignoresUnknownKeysAndComments() {
        List<LockEntry> entries = read("""
                # locked checksums
                version = 1
                tool = "other"

                [[migration]]
                id = 4294967295
                name = "max"
                checksum = "ff"
                locked_by = "ci"
                """);

        assertThat(entries).containsExactly(new LockEntry(4294967295L, "max", "ff"));
    }

    @Test
    void ignoresByteOrderMark() {
        assertThat(read("\uFEFFversion = 1\nmigration = []\n")).isEmpty();
    }

    @Test
    void writesEmptyLockWithMigrationKey() {
        assertThat(write(List.of())).isEqualTo("version = 1\nmigration = []\n");
    }

    @Test
    void writesEntriesInTheRustToolsLayout() {
        assertThat(write(List.of(new LockEntry(1, "add_users", "a1"), new LockEntry(2, "Café ☕", "b2"))))
                .isEqualTo("""
                        version = 1

                        [[migration]]
                        id = 1
                        name = "add_users"
                        checksum = "a1"

                        [[migration]]
                        id = 2
                        name = "Café ☕"
                        checksum = "b2"
                        """);
    }

    @Test
    void namesWithQuotesBackslashesAndControlCharactersReadBackEqual() {
        List<LockEntry> entries = List.of(new LockEntry(1, "both ' and \"", "a"), new LockEntry(2, "C:\\x\\", "b"),
                new LockEntry(3, "tab\tnew\nline\u0000\u001F\u007F\r", "c"));

        assertThat(read(write(entries))).isEqualTo(entries);
    }
}
