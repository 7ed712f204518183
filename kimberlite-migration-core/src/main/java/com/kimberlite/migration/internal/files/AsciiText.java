package com.kimberlite.migration.internal.files;

import java.nio.charset.StandardCharsets;

/**
 * The text of bytes that are all ASCII, a character a byte, read in place: nearly every migration
 * file is ASCII, and its header is read and its body kept as its bytes, without decoding the file
 * into a string first. Only what is asked for as a string ({@link #subSequence}, {@link #toString})
 * is copied out.
 */
final class AsciiText implements CharSequence {

    private final byte[] bytes;
    private final int from;
    private final int to;

    private AsciiText(byte[] bytes, int from, int to) {
        this.bytes = bytes;
        this.from = from;
        this.to = to;
    }

    /**
     * @param bytes a file's bytes, not modified afterwards
     * @return their text when every byte is ASCII (then UTF-8 decodes each to the character of the
     *     same value), else {@code null}: the bytes must be decoded
     */
    static AsciiText of(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return null;
            }
        }
        return new AsciiText(bytes, 0, bytes.length);
    }

    /**
     * @param start the index of the part's first character
     * @param end the index after its last character
     * @return the characters {@code [start, end)}, still read from the bytes
     */
    AsciiText part(int start, int end) {
        return new AsciiText(bytes, from + start, from + end);
    }

    /** @return whether the character {@code c} occurs in the text */
    boolean contains(char c) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == c) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int length() {
        return to - from;
    }

    @Override
    public char charAt(int index) {
        return (char) bytes[from + index];
    }

    /** @return the characters {@code [start, end)} as a string, copied from the bytes */
    @Override
    public String subSequence(int start, int end) {
        return new String(bytes, from + start, end - start, StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
        return subSequence(0, length());
    }
}
