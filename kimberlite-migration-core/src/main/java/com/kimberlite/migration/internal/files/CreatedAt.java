package com.kimberlite.migration.internal.files;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Reads a {@code -- Created:} value the way Kimberlite's own tool does (chrono's
 * {@code DateTime::parse_from_rfc3339}): {@code YYYY-MM-DD}, then {@code T}, {@code t} or a space,
 * {@code HH:MM:SS}, an optional fraction of any number of digits (digits past the ninth are
 * ignored), then {@code Z}, {@code z} or an offset {@code +HH:MM}/{@code -HH:MM}. A leap second
 * ({@code :60}) is read as the last nanosecond of the minute.
 */
final class CreatedAt {

    private CreatedAt() {
    }

    /**
     * @param text the trimmed header value
     * @return the instant in UTC, or empty when the value is not such a date-time
     */
    static Optional<Instant> parse(String text) {
        if (text.length() < 20 || !digits(text, 0, 4) || text.charAt(4) != '-' || !digits(text, 5, 2)
                || text.charAt(7) != '-' || !digits(text, 8, 2) || !isDateTimeSeparator(text.charAt(10))
                || !digits(text, 11, 2) || text.charAt(13) != ':' || !digits(text, 14, 2)
                || text.charAt(16) != ':' || !digits(text, 17, 2)) {
            return Optional.empty();
        }
        int pos = 19;
        int nanos = 0;
        if (text.charAt(pos) == '.') {
            int start = ++pos;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                if (pos - start < 9) {
                    nanos = nanos * 10 + (text.charAt(pos) - '0');
                }
                pos++;
            }
            if (pos == start) {
                return Optional.empty();
            }
            for (int i = pos - start; i < 9; i++) {
                nanos *= 10;
            }
        }
        Optional<ZoneOffset> offset = offset(text, pos);
        if (offset.isEmpty()) {
            return Optional.empty();
        }
        return toInstant(text, nanos, offset.get());
    }

    private static Optional<Instant> toInstant(String text, int nanos, ZoneOffset offset) {
        int second = number(text, 17, 2);
        boolean leapSecond = second == 60;
        try {
            LocalDateTime local = LocalDateTime.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2),
                    number(text, 11, 2), number(text, 14, 2), leapSecond ? 59 : second, nanos);
            Instant instant = local.toInstant(offset);
            return Optional.of(leapSecond ? instant.plusNanos(999_999_999L - nanos) : instant);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneOffset> offset(String text, int pos) {
        int remaining = text.length() - pos;
        if (remaining == 1 && (text.charAt(pos) == 'Z' || text.charAt(pos) == 'z')) {
            return Optional.of(ZoneOffset.UTC);
        }
        char sign = remaining == 6 ? text.charAt(pos) : 0;
        if ((sign != '+' && sign != '-') || !digits(text, pos + 1, 2) || text.charAt(pos + 3) != ':'
                || !digits(text, pos + 4, 2)) {
            return Optional.empty();
        }
        int hours = number(text, pos + 1, 2);
        int minutes = number(text, pos + 4, 2);
        if (hours > 23 || minutes > 59) {
            return Optional.empty();
        }
        int seconds = (hours * 3600 + minutes * 60) * (sign == '-' ? -1 : 1);
        try {
            return Optional.of(ZoneOffset.ofTotalSeconds(seconds));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isDateTimeSeparator(char c) {
        return c == 'T' || c == 't' || c == ' ';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean digits(String text, int from, int count) {
        if (from + count > text.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int count) {
        return Integer.parseInt(text, from, from + count, 10);
    }
}
