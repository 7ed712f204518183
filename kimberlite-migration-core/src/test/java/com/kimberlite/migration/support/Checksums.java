package com.kimberlite.migration.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Expected checksums and texts, computed independently of the code under test. */
public final class Checksums {

    private Checksums() {
    }

    /** @return a new SHA-256 digest */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param text a migration body
     * @return the lowercase hex SHA-256 of its UTF-8 bytes: the checksum the body must have
     */
    public static String sha256(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Reads a reader to its end, a few chars at a time, and closes it.
     *
     * @param reader the reader
     * @return everything it returned
     */
    public static String readAll(Reader reader) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[4093];
        try (reader) {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
