package com.kimberlite.migration.internal.state;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * A cursor over a state file's bytes for reading the file in the exact layout in which this
 * library (and Kimberlite's own tool) writes it, without the TOML tree (in a fresh JVM, a lock file
 * of 10,000 entries took about 125 ms through the tree and 50 to 70 ms this way; a records file of
 * 10,000 records about 170 ms and 50 ms). Each step either takes what the layout puts next or reports
 * that something else is there; a reader then leaves the whole file to the general path, so
 * whatever the cursor reads is read as the general path reads it.
 *
 * <p>It takes strings of printable ASCII without {@code "} or {@code \} only, and decimal
 * integers without a sign or leading zero; escapes, other characters, comments, other spacing
 * and CRLF are for the general path.
 */
final class WrittenLayout {

    /** The most digits of a u32. */
    private static final int MAX_U32_DIGITS = 10;
    /** The most digits of a non-negative integer taken here: every such number fits a {@code long}. */
    private static final int MAX_DIGITS = 18;
    private static final long MAX_U32 = 0xFFFF_FFFFL;

    // Pieces of the layout that both state files share: after a table's id, its name and checksum.
    /** The start of the {@code name} line, after the id. */
    static final byte[] NAME_START = ascii("\nname = \"");
    /** The end of the {@code name} line and the start of the {@code checksum} line. */
    static final byte[] CHECKSUM_START = ascii("\"\nchecksum = \"");
    /** The end of a line that ends with a string. */
    static final byte[] QUOTE_LINE_END = ascii("\"\n");

    private final byte[] bytes;
    private int at;

    /** @param bytes a state file's content */
    WrittenLayout(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param text ASCII text
     * @return its bytes, for {@link #skip}
     */
    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** @return whether every byte was read */
    boolean atEnd() {
        return at == bytes.length;
    }

    /**
     * @param piece bytes that may come next
     * @return whether they do; if so, the cursor moves past them
     */
    boolean skip(byte[] piece) {
        int end = at + piece.length;
        if (end > bytes.length || !Arrays.equals(bytes, at, end, piece, 0, piece.length)) {
            return false;
        }
        at = end;
        return true;
    }

    /** @return the u32 that comes next; -1 if none does */
    long u32() {
        long value = digits(MAX_U32_DIGITS);
        return value > MAX_U32 ? -1 : value;
    }

    /** @return the non-negative integer (at most 18 digits) that comes next; -1 if none does */
    long nonNegative() {
        return digits(MAX_DIGITS);
    }

    /**
     * @return the printable ASCII before the next byte of any other kind or {@code "} or
     *     {@code \}, which is not taken; the caller checks that a closing quote comes next
     */
    String plainString() {
        int start = at;
        skipPlain();
        return new String(bytes, start, at - start, StandardCharsets.US_ASCII);
    }

    /** Moves past printable ASCII other than {@code "} and {@code \\}. */
    private void skipPlain() {
        while (at < bytes.length && bytes[at] >= ' ' && bytes[at] < 0x7F && bytes[at] != '"' && bytes[at] != '\\') {
            at++;
        }
    }

    /**
     * @return the timestamp that comes next, up to the next byte that {@link #plainString} would
     *     not take; empty if it is not one that {@link Rfc3339#parse(String)} reads
     */
    Optional<Instant> timestamp() {
        int start = at;
        skipPlain();
        return Rfc3339.parse(bytes, start, at);
    }

    /** @return the value of up to {@code max} decimal digits without a leading zero; -1 if none come */
    private long digits(int max) {
        int start = at;
        long value = 0;
        while (at < bytes.length && at - start < max && bytes[at] >= '0' && bytes[at] <= '9') {
            value = value * 10 + (bytes[at++] - '0');
        }
        boolean leadingZero = at - start > 1 && bytes[start] == '0';
        return at == start || leadingZero ? -1 : value;
    }
}
