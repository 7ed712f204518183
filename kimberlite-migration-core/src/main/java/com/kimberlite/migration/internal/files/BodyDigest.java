package com.kimberlite.migration.internal.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum of a migration body, fed piece by piece: the lowercase hex SHA-256 of the body's
 * UTF-8 bytes, the same as {@code SHA-256(body.getBytes(UTF_8))} (an unpaired surrogate, which no
 * decoded file holds, counts as {@code ?} there and here).
 *
 * <p>The characters are encoded into a small buffer that is hashed whenever it fills, so the body
 * is never held as bytes. A surrogate pair split between two pieces is joined.
 */
final class BodyDigest implements BodyListener {

    private static final int BUFFER_SIZE = 16 * 1024;

    private final MessageDigest sha256;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int length;
    private char highSurrogate;

    BodyDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    @Override
    public void body(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (length > BUFFER_SIZE - 4) {
                sha256.update(buffer, 0, length);
                length = 0;
            }
            char c = chars[i];
            if (highSurrogate != 0) {
                char high = highSurrogate;
                highSurrogate = 0;
                if (Character.isLowSurrogate(c)) {
                    encode(Character.toCodePoint(high, c));
                    continue;
                }
                buffer[length++] = '?';
            }
            if (Character.isHighSurrogate(c)) {
                highSurrogate = c;
            } else {
                encode(Character.isLowSurrogate(c) ? '?' : c);
            }
        }
    }

    /**
     * Ends the body.
     *
     * @return the lowercase hex SHA-256 of every character passed to {@link #body}
     */
    String finish() {
        if (highSurrogate != 0) {
            highSurrogate = 0;
            buffer[length++] = '?';
        }
        sha256.update(buffer, 0, length);
        length = 0;
        return HexFormat.of().formatHex(sha256.digest());
    }

    private void encode(int codePoint) {
        if (codePoint < 0x80) {
            buffer[length++] = (byte) codePoint;
        } else if (codePoint < 0x800) {
            buffer[length++] = (byte) (0xC0 | codePoint >> 6);
            buffer[length++] = (byte) (0x80 | codePoint & 0x3F);
        } else if (codePoint < 0x10000) {
            buffer[length++] = (byte) (0xE0 | codePoint >> 12);
            buffer[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            buffer[length++] = (byte) (0x80 | codePoint & 0x3F);
        } else {
            buffer[length++] = (byte) (0xF0 | codePoint >> 18);
            buffer[length++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
            buffer[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            buffer[length++] = (byte) (0x80 | codePoint & 0x3F);
        }
    }
}
