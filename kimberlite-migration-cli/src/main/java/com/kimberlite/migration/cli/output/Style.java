package com.kimberlite.migration.cli.output;

/**
 * ANSI colours, or plain text when colours are off. Every coloured piece of output goes through
 * here, so that no escape code is ever written when colours are off.
 */
public final class Style {

    private static final String RESET = "\u001b[0m";

    private final boolean enabled;

    /**
     * @param enabled whether to write colour codes
     */
    public Style(boolean enabled) {
        this.enabled = enabled;
    }

    /** @return whether colour codes are written */
    public boolean enabled() {
        return enabled;
    }

    /**
     * @param text text
     * @return the text in green: success, applied
     */
    public String green(String text) {
        return paint("32", text);
    }

    /**
     * @param text text
     * @return the text in yellow: warnings, pending
     */
    public String yellow(String text) {
        return paint("33", text);
    }

    /**
     * @param text text
     * @return the text in red: problems
     */
    public String red(String text) {
        return paint("31", text);
    }

    /**
     * @param text text
     * @return the text in blue: table headers
     */
    public String blue(String text) {
        return paint("34", text);
    }

    /**
     * @param text text
     * @return the text in cyan: paths, ids and commands to type
     */
    public String code(String text) {
        return paint("36", text);
    }

    /**
     * @param text text
     * @return the text in bold: names
     */
    public String bold(String text) {
        return paint("1", text);
    }

    private String paint(String code, String text) {
        return enabled ? "\u001b[" + code + "m" + text + RESET : text;
    }

    /**
     * The number of columns a text takes on screen: its code points, without colour codes.
     *
     * @param text text, possibly coloured
     * @return its width
     */
    public static int width(String text) {
        String plain = text.replaceAll("\u001b\\[[0-9;]*m", "");
        return plain.codePointCount(0, plain.length());
    }
}
