package com.kimberlite.migration.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.AppliedMigration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppliedFileCodecTest {

    private static final StateSource SOURCE = StateSource.appliedFile(Path.of("applied.toml"));

    private static AppliedFileCodec.Content read(String content) {
        return AppliedFileCodec.read(content.getBytes(StandardCharsets.UTF_8), SOURCE);
    }

    private static String write(List<AppliedMigration> records) {
        return new String(AppliedFileCodec.write(records), StandardCharsets.UTF_8);
    }

    private static AppliedMigration record(long id, String appliedAt) {
        return new AppliedMigration(id, "m" + id, "c" + id, Instant.parse(appliedAt), Optional.empty(),
                OptionalLong.empty());
    }

    private static String table(String appliedAt) {
        return "[[migrations]]\nid = 1\nname = \"a\"\nchecksum = \"c\"\napplied_at = " + appliedAt + "\n";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"2026-02-01T10:30:00Z\"                 | 2026-02-01T10:30:00Z",
        "\"2026-02-01T12:30:00+02:00\"            | 2026-02-01T10:30:00Z",
        "\"2026-01-01T00:15:00.250-01:30\"        | 2026-01-01T01:45:00.250Z",
        "\"2026-02-01t10:30:00.5z\"               | 2026-02-01T10:30:00.500Z",
        "\"2026-02-01 10:30:00.123456789123Z\"    | 2026-02-01T10:30:00.123456789Z",
        "'2026-02-01T10:30:00.000000001Z'         | 2026-02-01T10:30:00.000000001Z",
        "2026-02-01T12:30:00.5+02:00              | 2026-02-01T10:30:00.500Z",
    })
    void readsAppliedAtInEveryRfc3339FormAsUtc(String value, String expected) {
        assertThat(read(table(value)).records()).singleElement()
                .extracting(AppliedMigration::appliedAt).isEqualTo(Instant.parse(expected));
    }

    @Test
    void readsOptionalAppliedByAndExecutionMs() {
        AppliedFileCodec.Content content = read(table("\"2026-02-01T10:30:00Z\"")
                + "applied_by = \"alice\"\nexecution_ms = 42\nhost = \"ignored\"\n");

        assertThat(content.records()).singleElement().satisfies(record -> {
            assertThat(record.appliedBy()).contains("alice");
            assertThat(record.executionMs()).hasValue(42);
        });
    }

    @Test
    void writesAppliedAtWithZeroThreeSixOrNineFractionDigits() {
        List<AppliedMigration> records = List.of(record(1, "2026-02-01T10:30:00Z"),
                record(2, "2026-02-01T10:30:00.100Z"), record(3, "2026-02-01T10:30:00.000100Z"),
                record(4, "2026-02-01T10:30:00.587631320Z"));

        assertThat(write(records)).contains("applied_at = \"2026-02-01T10:30:00Z\"\n",
                "applied_at = \"2026-02-01T10:30:00.100Z\"\n", "applied_at = \"2026-02-01T10:30:00.000100Z\"\n",
                "applied_at = \"2026-02-01T10:30:00.587631320Z\"\n");
        assertThat(read(write(records)).records()).isEqualTo(records);
    }

    @Test
    void writesAppliedByAndThenExecutionMs() {
        AppliedMigration record = new AppliedMigration(7, "x", "c", Instant.parse("2026-02-01T10:30:00Z"),
                Optional.of("alice"), OptionalLong.of(12));

        assertThat(write(List.of(record))).isEqualTo("""
                [[migrations]]
                id = 7
                name = "x"
                checksum = "c"
                applied_at = "2026-02-01T10:30:00Z"
                applied_by = "alice"
                execution_ms = 12
                """);
    }

    @Test
    void writesNoRecordsAsEmptyArray() {
        assertThat(write(List.of())).isEqualTo("migrations = []\n");
        assertThat(read("migrations = []\n").records()).isEmpty();
    }

    @Test
    void appendingARecordToWrittenRecordsGivesTheWrittenForm() {
        AppliedMigration first = record(1, "2026-02-01T10:30:00Z");
        AppliedMigration second = record(2, "2026-02-01T10:31:00Z");

        String appended = write(List.of(first)) + new String(AppliedFileCodec.appended(second), StandardCharsets.UTF_8);

        assertThat(appended).isEqualTo(write(List.of(first, second)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                                                    | false",
        "'\\n'                                                 | false",
        "migrations = []                                       | false",
        "'migrations = [{id=1, name=\"a\", checksum=\"c\", applied_at=\"2026-02-01T10:30:00Z\"}]' | false",
        "# nothing applied yet                                 | true",
        "'[[migrations]]\\nid=1\\nname=\"a\"\\nchecksum=\"c\"\\napplied_at=\"2026-02-01T10:30:00Z\"' | true",
    })
    void isAppendableOnlyWhenNotBlankAndRecordsAreHeaderTables(String content, boolean appendable) {
        assertThat(read(content.replace("\\n", "\n")).appendable()).isEqualTo(appendable);
    }

    @Test
    void writtenLayoutIsReadWithoutTheTree() {
        List<AppliedMigration> records = List.of(
                new AppliedMigration(1, "a", "c1", Instant.parse("2026-02-01T10:30:00Z"), Optional.of("alice"),
                        OptionalLong.of(12)),
                new AppliedMigration(2, "", "", Instant.parse("0000-01-01T00:00:00.5Z"), Optional.empty(),
                        OptionalLong.of(0)),
                new AppliedMigration(4294967295L, "b", "c3", Instant.parse("9999-12-31T23:59:59.999999999Z"),
                        Optional.of(""), OptionalLong.empty()));
        byte[] bytes = AppliedFileCodec.write(records);

        assertThat(AppliedFileCodec.readWritten(bytes)).isEqualTo(new AppliedFileCodec.Content(records, true));
        assertThat(AppliedFileCodec.readTree(bytes, SOURCE)).isEqualTo(new AppliedFileCodec.Content(records, true));
    }

    @Test
    void writtenLayoutLeavesEverythingElseToTheTree() {
        String one = write(List.of(record(1, "2026-02-01T10:30:00Z")));
        for (String content : List.of("", "migrations = []\n", one + "\n", one.replace("\n", "\r\n"), "\n" + one,
                write(List.of(record(2, "2026-02-01T10:30:00Z"), record(1, "2026-02-01T10:30:00Z"))),
                one.replace("2026-02-01", "2026-02-30"), one.replace("\"m1\"", "\"\\u006d1\""),
                one + "execution_ms = 01\n", one + "execution_ms = -1\n",
                one.replace("name", "  name"), one + "# done\n")) {
            assertThat(AppliedFileCodec.readWritten(content.getBytes(StandardCharsets.UTF_8))).as(content).isNull();
        }
    }

    /**
     * Written files with random records, some bytes then changed at random: whenever the written
     * layout reads the bytes, the tree reads the same records from them.
     */
    @Test
    void writtenLayoutReadsWhatTheTreeReads() {
        int[] counts = RandomEdits.compareReaders(20261204L, random -> {
            List<AppliedMigration> records = new ArrayList<>();
            long id = random.nextInt(3);
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                id += random.nextInt(20) == 0 ? -1 : 1 + random.nextInt(1000);
                records.add(new AppliedMigration(Math.max(0, id), RandomEdits.text(random), RandomEdits.text(random),
                        Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(4) * 250_000_000),
                        random.nextBoolean() ? Optional.of(RandomEdits.text(random)) : Optional.empty(),
                        random.nextBoolean() ? OptionalLong.of(random.nextInt(100_000)) : OptionalLong.empty()));
            }
            return AppliedFileCodec.write(records);
        }, AppliedFileCodec::readWritten, bytes -> AppliedFileCodec.readTree(bytes, SOURCE));

        assertThat(counts[0]).as("read by the written layout").isGreaterThan(400);
        assertThat(counts[1]).as("left to the tree").isGreaterThan(600);
    }
}
