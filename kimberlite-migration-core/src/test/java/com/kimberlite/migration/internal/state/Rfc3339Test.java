package com.kimberlite.migration.internal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Rfc3339Test {

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-01T10:30:00Z", "2026-02-01t10:30:00z", "2026-02-01 10:30:00Z",
        "2026-02-01T11:30:00+01:00", "2026-02-01T09:30:00-01:00", "2026-02-01T10:30:00.0000000000000Z",
        "2026-02-02T09:30:00+23:00"})
    void readsEveryFormOfTheSameInstant(String text) {
        assertThat(Rfc3339.parse(text)).contains(Instant.parse("2026-02-01T10:30:00Z"));
    }

    @Test
    void readsALeapSecondAsTheLastNanosecondOfItsMinuteAsChronoDoes() {
        assertThat(Rfc3339.parse("2016-12-31T23:59:60Z")).contains(Instant.parse("2016-12-31T23:59:59.999999999Z"));
        assertThat(Rfc3339.parse("2016-12-31T23:59:60.5Z")).contains(Instant.parse("2016-12-31T23:59:59.999999999Z"));
    }

    @Test
    void readsUpToNineFractionDigitsAndIgnoresTheRest() {
        assertThat(Rfc3339.parse("2026-02-01T10:30:00.5-00:30")).contains(Instant.parse("2026-02-01T11:00:00.5Z"));
        assertThat(Rfc3339.parse("2026-02-01T10:30:00.0123456789Z"))
                .contains(Instant.parse("2026-02-01T10:30:00.012345678Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-02-01", "2026-02-01T10:30:00", "2026-02-30T10:30:00Z",
        "2026-02-01T24:00:00Z", "2026-02-01T10:30:61Z", "2026-02-01T10:30:00+24:00", "2026-02-01T10:30:00.Z",
        " 2026-02-01T10:30:00Z", "2026-02-01T10:30:00Z ", "2026-02-01T10:30:00+0100", "٢٠٢٦-02-01T10:30:00Z",
        "0000-01-01T00:30:00+01:00", "9999-12-31T23:30:00-01:00", "2026-02-01\u00A010:30:00Z",
        "2026-02-01T10:30:00\uFF3A", "2026-02-01T10:30:00.\u00B9Z"})
    void rejectsWhatIsNotAnRfc3339TimestampOfTheYears0000To9999(String text) {
        assertThat(Rfc3339.parse(text)).isEmpty();
    }

    /** Seeded random instants of every year 0000 to 9999, with 0 to 9 significant fraction digits. */
    @Test
    void writesWhatInstantToStringWritesAndReadsItBack() {
        Random random = new Random(20261203L);
        long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        List<Instant> instants = new ArrayList<>(List.of(Instant.parse("0000-01-01T00:00:00Z"), Instant.EPOCH,
                Instant.parse("1969-12-31T23:59:59.999999999Z"), Instant.parse("9999-12-31T23:59:59.999999999Z")));
        for (int i = 0; i < 20_000; i++) {
            int nanos = random.nextInt(1_000_000_000);
            int kept = random.nextInt(10);
            for (int d = kept; d < 9; d++) {
                nanos = nanos / 10;
            }
            for (int d = kept; d < 9; d++) {
                nanos = nanos * 10;
            }
            instants.add(Instant.ofEpochSecond(first + (long) (random.nextDouble() * (last - first + 1)), nanos));
        }

        for (Instant instant : instants) {
            String text = Rfc3339.format(instant);
            assertThat(text).isEqualTo(instant.toString());
            assertThat(Rfc3339.parse(text)).contains(instant);
        }
    }

    @Test
    void refusesToWriteATimeOutsideTheYears0000To9999() {
        assertThatIllegalArgumentException().isThrownBy(() -> Rfc3339.format(Instant.parse("+10000-01-01T00:00:00Z")))
                .withMessageContaining("+10000-01-01T00:00:00Z lies outside the years 0000 to 9999");
        assertThatIllegalArgumentException().isThrownBy(() -> Rfc3339.format(Instant.parse("-0001-12-31T23:59:59Z")));
    }

    @Test
    void readsSqlTimestampsWithAnOffsetOfHoursOrMinutesAndNothingElse() {
        Instant instant = Instant.parse("2026-12-03T17:30:00.123Z");
        assertThat(Rfc3339.parseSql("2026-12-03 17:30:00.123+00")).contains(instant);
        assertThat(Rfc3339.parseSql("2026-12-03 19:30:00.123+02")).contains(instant);
        assertThat(Rfc3339.parseSql("2026-12-03 12:00:00.123-05:30")).contains(instant);
        assertThat(Rfc3339.parseSql("2026-12-03T17:30:00.123Z")).contains(instant);
        assertThat(Rfc3339.parseSql("2026-12-03 22:30:00-05")).contains(Instant.parse("2026-12-04T03:30:00Z"));
        assertThat(Rfc3339.parseSql("2026-12-03 17:30:00.1230000 +00:00")).isEmpty();
        assertThat(Rfc3339.parseSql("2026-12-03 17:30:00+05:30:15")).isEmpty();
        assertThat(Rfc3339.parseSql("2026-12-03 17:30:00+0530")).isEmpty();
        assertThat(Rfc3339.parseSql("2026-12-03 17:30:00+24")).isEmpty();
        assertThat(Rfc3339.parseSql("2026-12-03 17:30:00+5")).isEmpty();
        assertThat(Rfc3339.parseSql("2026-12-03 17:30:00")).isEmpty();
        assertThat(Rfc3339.parseSql("0044-03-15 12:00:00+00 BC")).isEmpty();
        assertThat(Rfc3339.parseSql("2026-12-03")).isEmpty();
        assertThat(Rfc3339.parseSql("infinity")).isEmpty();
        assertThat(Rfc3339.parseSql("+00")).isEmpty();
    }

    @Test
    void readsAnOffsetOfHoursAloneOnlyAsSql() {
        assertThat(Rfc3339.parse("2026-12-03 17:30:00.123+00")).isEmpty();
        assertThat(Rfc3339.parse("2026-12-03 17:30:00.123+00:00")).contains(Instant.parse("2026-12-03T17:30:00.123Z"));
    }
}
