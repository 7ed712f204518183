package com.kimberlite.migration.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.LockEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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

    @Test
    void writtenLayoutIsReadWithoutTheTree() {
        List<LockEntry> entries = List.of(new LockEntry(1, "add_users", "a1"), new LockEntry(2, "", ""),
                new LockEntry(4294967295L, "max id ~!@#$%^&*()", "ff"));
        byte[] bytes = LockFileCodec.write(entries);

        assertThat(LockFileCodec.readWritten(bytes)).isEqualTo(entries);
        assertThat(LockFileCodec.readTree(bytes, SOURCE)).isEqualTo(entries);
    }

    @Test
    void writtenLayoutLeavesEverythingElseToTheTree() {
        for (String content : List.of("", "version = 1\nmigration = []\n", "version = 1\n",
                write(List.of(new LockEntry(2, "b", "bb"), new LockEntry(1, "a", "aa"))),
                write(List.of(new LockEntry(1, "Café", "aa"))), write(List.of(new LockEntry(1, "a\"b", "aa"))),
                write(List.of(new LockEntry(1, "a", "aa"))).replace("\n", "\r\n"),
                "\uFEFF" + write(List.of(new LockEntry(1, "a", "aa"))),
                write(List.of(new LockEntry(1, "a", "aa"))) + "\n",
                write(List.of(new LockEntry(1, "a", "aa"))).replace("id = 1", "id = 01"),
                write(List.of(new LockEntry(1, "a", "aa"))).replace("id = 1", "id = 4294967296"))) {
            assertThat(LockFileCodec.readWritten(content.getBytes(StandardCharsets.UTF_8)))
                    .as(content).isNull();
        }
    }

    /**
     * Written locks with random entries, some bytes then changed at random: whenever the written
     * layout reads the bytes, the tree reads the same entries from them.
     */
    @Test
    void writtenLayoutReadsWhatTheTreeReads() {
        int[] counts = RandomEdits.compareReaders(20261203L, random -> {
            List<LockEntry> entries = new ArrayList<>();
            long id = random.nextInt(3);
            for (int i = random.nextInt(4); i > 0; i--) {
                id += random.nextInt(20) == 0 ? -1 : 1 + random.nextInt(1000);
                entries.add(new LockEntry(Math.max(0, id), RandomEdits.text(random), RandomEdits.text(random)));
            }
            return LockFileCodec.write(entries);
        }, LockFileCodec::readWritten, bytes -> LockFileCodec.readTree(bytes, SOURCE));

        assertThat(counts[0]).as("read by the written layout").isGreaterThan(400);
        assertThat(counts[1]).as("left to the tree").isGreaterThan(600);
    }
}
