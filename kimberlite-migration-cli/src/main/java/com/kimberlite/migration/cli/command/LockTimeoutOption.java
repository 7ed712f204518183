package com.kimberlite.migration.cli.command;

import com.kimberlite.migration.MigrationConfig;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --lock-timeout} option of the commands that take the migration lock ({@code apply},
 * {@code rollback}, {@code repair}): how long to wait for another process that is applying.
 */
public final class LockTimeoutOption {

    @Option(names = "--lock-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait for another process that holds the migration lock, as 500ms, 30s,"
                    + " 5m, 1h or ISO-8601 (PT30S); 0 fails at once (default: 60s).")
    private Duration timeout;

    /**
     * @param config the configuration so far
     * @return the same builder, with the lock timeout set when the option was given
     */
    MigrationConfig.Builder applyTo(MigrationConfig.Builder config) {
        return timeout == null ? config : config.lockTimeout(timeout);
    }

    /** Reads {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, a bare {@code 0} or ISO-8601 ({@code PT30S}). */
    static final class DurationConverter implements ITypeConverter<Duration> {

        private static final Pattern SIMPLE = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

        @Override
        public Duration convert(String value) {
            String text = value.strip().toLowerCase(Locale.ROOT);
            Matcher simple = SIMPLE.matcher(text);
            if (simple.matches()) {
                long amount = Long.parseLong(simple.group(1));
                return switch (simple.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                };
            }
            if (text.equals("0")) {
                return Duration.ZERO;
            }
            try {
                Duration duration = Duration.parse(value.strip());
                if (!duration.isNegative()) {
                    return duration;
                }
            } catch (DateTimeParseException e) {
                // reported below, with the forms that are taken
            }
            throw new TypeConversionException("'" + value + "' is not a duration: write it as 500ms, 30s, 5m, 1h"
                    + " or ISO-8601 (PT30S), not negative");
        }
    }
}
