package com.kimberlite.migration.internal.state;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * RFC 3339 timestamps as Kimberlite's own tool reads them (Rust's chrono): {@code T}, {@code t} or
 * a space between date and time, {@code Z}, {@code z} or a {@code +HH:MM}/{@code -HH:MM} offset,
 * any number of fraction digits (those past nine are ignored). Results are in UTC. A leap second
 * ({@code :60}), which chrono accepts, is read as the last nanosecond of its minute.
 */
public final class Rfc3339 {

    /** The length of {@code YYYY-MM-DDTHH:MM:SS}, before the fraction and the offset. */
    private static final int DATE_TIME = 19;
    /** The length of a {@code +HH:MM} offset. */
    private static final int OFFSET = 6;
    private static final int NANO_DIGITS = 9;
    private static final long SECONDS_PER_DAY = 86_400;
    // made without a formatter, whose first use loads locale data: 0000-01-01T00:00:00Z and
    // 9999-12-31T23:59:59.999999999Z
    private static final Instant FIRST = LocalDateTime.of(0, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
    private static final Instant LAST = LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999)
            .toInstant(ZoneOffset.UTC);

    private Rfc3339() {
    }

    /**
     * Parses a timestamp.
     *
     * @param text the text, with nothing before or after the timestamp
     * @return the instant, or empty when the text is not an RFC 3339 timestamp, names no real
     *     date and time (such as February 30th), or is not {@linkplain #isWritable writable}
     */
    public static Optional<Instant> parse(String text) {
        return parse(text, false);
    }

    /**
     * Parses a timestamp as SQL databases write one: an RFC 3339 timestamp whose offset may also be
     * whole hours alone, such as PostgreSQL's {@code 2026-12-03 17:30:00.123+00}.
     *
     * @param text the text, with nothing before or after the timestamp
     * @return the instant, or empty where {@link #parse(String)} is, but for an offset of hours alone
     */
    public static Optional<Instant> parseSql(String text) {
        return parse(text, true);
    }

    private static Optional<Instant> parse(String text, boolean hoursAlone) {
        // a character outside Latin-1 becomes '?' and one above ASCII a negative byte: neither is
        // a digit or a separator, so either fails as it does in the text
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return parse(bytes, 0, bytes.length, hoursAlone);
    }

    /**
     * Parses a timestamp written in ASCII, such as one in a state file's bytes, without making a
     * string of it.
     *
     * @param text the bytes holding the timestamp
     * @param from the index of its first byte
     * @param to the index after its last byte; nothing may come between the timestamp and it
     * @return the instant, as {@link #parse(String)} gives for the same characters
     */
    static Optional<Instant> parse(byte[] text, int from, int to) {
        return parse(text, from, to, false);
    }

    private static Optional<Instant> parse(byte[] text, int from, int to, boolean hoursAlone) {
        int length = to - from;
        int t = from;
        if (length <= DATE_TIME || !digits(text, t, t + 4) || text[t + 4] != '-' || !digits(text, t + 5, t + 7)
                || text[t + 7] != '-' || !digits(text, t + 8, t + 10)
                || (text[t + 10] != 'T' && text[t + 10] != 't' && text[t + 10] != ' ')
                || !digits(text, t + 11, t + 13) || text[t + 13] != ':' || !digits(text, t + 14, t + 16)
                || text[t + 16] != ':' || !digits(text, t + 17, t + DATE_TIME)) {
            return Optional.empty();
        }
        int i = t + DATE_TIME;
        int fractionStart = i;
        if (text[i] == '.') {
            fractionStart = ++i;
            while (i < to && isDigit(text[i])) {
                i++;
            }
            if (i == fractionStart) {
                return Optional.empty();
            }
        }
        int fractionEnd = i;
        int offsetSeconds;
        boolean hoursOnly = hoursAlone && i == to - 3; // +05, where SQL allows it
        if (i == to - 1 && (text[i] == 'Z' || text[i] == 'z')) {
            offsetSeconds = 0;
        } else if ((hoursOnly || i == to - OFFSET) && (text[i] == '+' || text[i] == '-')
                && digits(text, i + 1, i + 3) && (hoursOnly || text[i + 3] == ':' && digits(text, i + 4, to))) {
            int hours = number(text, i + 1, i + 3);
            int minutes = hoursOnly ? 0 : number(text, i + 4, to);
            if (hours > 23 || minutes > 59) {
                return Optional.empty();
            }
            offsetSeconds = (text[i] == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        } else {
            return Optional.empty();
        }
        int second = number(text, t + 17, t + DATE_TIME);
        boolean leapSecond = second == 60;
        int nanos = leapSecond ? 999_999_999 : nanos(text, fractionStart, fractionEnd);
        int hour = number(text, t + 11, t + 13);
        int minute = number(text, t + 14, t + 16);
        if (hour > 23 || minute > 59 || second > 60) {
            return Optional.empty();
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(number(text, t, t + 4), number(text, t + 5, t + 7), number(text, t + 8, t + 10))
                    .toEpochDay();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        // the epoch second computed directly: fewer objects, and less code for a fresh JVM to compile
        long epochSecond = epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + (leapSecond ? 59 : second)
                - offsetSeconds;
        if (epochSecond < FIRST.getEpochSecond() || epochSecond > LAST.getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(epochSecond, nanos));
    }

    /**
     * Writes an instant as {@link Instant#toString()} does for the years 0000 to 9999: UTC, with 0,
     * 3, 6 or 9 fraction digits, the fewest that hold its nanoseconds. Written without a
     * {@code DateTimeFormatter}, whose first use loads classes for 12 to 17 ms in a fresh JVM, and
     * whose printer the JIT compiler took about 250 ms of a core to compile while 10,000 migrations
     * were applied and recorded.
     *
     * @param instant the instant
     * @return the timestamp, such as {@code 2026-12-03T17:30:00.123Z}
     * @throws IllegalArgumentException if the instant is not {@linkplain #isWritable writable}
     */
    public static String format(Instant instant) {
        if (!isWritable(instant)) {
            throw new IllegalArgumentException("the time " + instant + " lies outside the years 0000 to 9999, which"
                    + " an RFC 3339 timestamp holds");
        }
        long epochSecond = instant.getEpochSecond();
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, SECONDS_PER_DAY));
        int secondOfDay = (int) Math.floorMod(epochSecond, SECONDS_PER_DAY);
        int nanos = instant.getNano();
        int digits = nanos == 0 ? 0 : nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : NANO_DIGITS;
        char[] text = new char[DATE_TIME + (digits == 0 ? 0 : 1 + digits) + 1];
        put(text, 0, date.getYear(), 4);
        text[4] = '-';
        put(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        put(text, 8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        put(text, 11, secondOfDay / 3600, 2);
        text[13] = ':';
        put(text, 14, secondOfDay / 60 % 60, 2);
        text[16] = ':';
        put(text, 17, secondOfDay % 60, 2);
        if (digits > 0) {
            text[DATE_TIME] = '.';
            put(text, DATE_TIME + 1, digits == 3 ? nanos / 1_000_000 : digits == 6 ? nanos / 1_000 : nanos, digits);
        }
        text[text.length - 1] = 'Z';
        return new String(text);
    }

    /** Writes {@code value} as {@code width} decimal digits, with leading zeros, at {@code text[at]}. */
    private static void put(char[] text, int at, int value, int width) {
        int rest = value;
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
    }

    /**
     * Whether an instant can be written as an RFC 3339 UTC timestamp, which has a four-digit year.
     *
     * @param instant the instant
     * @return whether it lies in the years 0000 to 9999 (UTC)
     */
    public static boolean isWritable(Instant instant) {
        return !instant.isBefore(FIRST) && !instant.isAfter(LAST);
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** @return whether {@code text[from..to)} is ASCII digits only */
    private static boolean digits(byte[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(text[i])) {
                return false;
            }
        }
        return true;
    }

    /** @return the value of the ASCII digits {@code text[from..to)}, at most nine of them */
    private static int number(byte[] text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text[i] - '0');
        }
        return value;
    }

    /** @return the nanoseconds of the fraction digits {@code text[from..to)}; those past nine are ignored */
    private static int nanos(byte[] text, int from, int to) {
        int end = Math.min(to, from + NANO_DIGITS);
        int value = number(text, from, end);
        for (int i = end - from; i < NANO_DIGITS; i++) {
            value *= 10;
        }
        return value;
    }
}
