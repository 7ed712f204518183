package com.kimberlite.migration.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.AppliedMigration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
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
}
