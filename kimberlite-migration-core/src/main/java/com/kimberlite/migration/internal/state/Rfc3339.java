package com.kimberlite.migration.internal.state;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 3339 timestamps as Kimberlite's own tool reads them (Rust's chrono): {@code T}, {@code t} or
 * a space between date and time, {@code Z}, {@code z} or a {@code +HH:MM}/{@code -HH:MM} offset,
 * any number of fraction digits (those past nine are ignored). Results are in UTC. A leap second
 * ({@code :60}), which chrono accepts, is read as the last nanosecond of its minute.
 */
public final class Rfc3339 {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2}):(\\d{2})"
            + "(?:\\.(\\d+))?(?:[Zz]|([+-])(\\d{2}):(\\d{2}))");
    private static final int NANO_DIGITS = 9;
    private static final Instant FIRST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

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
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int second = number(m, 6);
            boolean leapSecond = second == 60;
            int nanos = leapSecond ? 999_999_999 : nanos(m.group(7));
            LocalDateTime local = LocalDateTime.of(number(m, 1), number(m, 2), number(m, 3), number(m, 4),
                    number(m, 5), leapSecond ? 59 : second, nanos);
            return Optional.of(local.toInstant(ZoneOffset.UTC).minusSeconds(offsetSeconds(m)))
                    .filter(Rfc3339::isWritable);
        } catch (DateTimeException e) {
            return Optional.empty();
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

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        String digits = fraction.length() > NANO_DIGITS ? fraction.substring(0, NANO_DIGITS) : fraction;
        return Integer.parseInt(digits + "0".repeat(NANO_DIGITS - digits.length()));
    }

    private static long offsetSeconds(Matcher m) {
        if (m.group(8) == null) {
            return 0;
        }
        int hours = number(m, 9);
        int minutes = number(m, 10);
        if (hours > 23 || minutes > 59) {
            throw new DateTimeException("offset out of range");
        }
        int seconds = hours * 3600 + minutes * 60;
        return m.group(8).equals("-") ? -seconds : seconds;
    }
}
