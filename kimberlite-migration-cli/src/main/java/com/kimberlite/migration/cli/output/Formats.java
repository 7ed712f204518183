package com.kimberlite.migration.cli.output;

import com.kimberlite.migration.MigrationState;
import java.util.Locale;

/** How migration states, ids and checksums look in text and in JSON. */
public final class Formats {

    private static final int SHORT_CHECKSUM = 8;

    private Formats() {
    }

    /**
     * @param state a state
     * @return its label in the status table: {@code Applied}, {@code Pending}, {@code Modified},
     *     {@code Missing} or {@code Interrupted}
     */
    public static String label(MigrationState state) {
        String name = state.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * @param state a state
     * @param style the colours
     * @return its label, coloured: applied green, pending yellow, problems red
     */
    public static String label(MigrationState state, Style style) {
        String label = label(state);
        if (state.isProblem()) {
            return style.red(label);
        }
        return state == MigrationState.APPLIED ? style.green(label) : style.yellow(label);
    }

    /**
     * @param state a state
     * @return its name in JSON: {@code applied}, {@code pending}, {@code modified},
     *     {@code missing} or {@code interrupted}
     */
    public static String json(MigrationState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param checksum a hex checksum, possibly empty
     * @return its first 8 characters
     */
    public static String shortChecksum(String checksum) {
        return checksum.length() <= SHORT_CHECKSUM ? checksum : checksum.substring(0, SHORT_CHECKSUM);
    }
}
