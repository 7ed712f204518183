package com.kimberlite.migration.internal.files;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum of a migration body, fed piece by piece: the lowercase hex SHA-256 of the body's
 * UTF-8 bytes, the same as {@code SHA-256(body.getBytes(UTF_8))} (an unpaired surrogate, which no
 * decoded file holds, counts as {@code ?} there and here).
 *
 * <p>The characters are gathered in a small buffer that is encoded and hashed whenever it fills,
 * so the body is never held as bytes; a high surrogate at the end of the buffer waits there for
 * its pair.
 */
final class BodyDigest implements BodyListener {

    private static final int BUFFER_SIZE = 8 * 1024;
    private static final MessageDigest PROTOTYPE = newSha256();
    /**
     * A digest for each thread that hashes whole bodies, used again for every file: loading a
     * folder hashes thousands of small files on a few threads.
     */
    private static final ThreadLocal<MessageDigest> PER_THREAD = ThreadLocal.withInitial(BodyDigest::sha256);

    private final MessageDigest sha256;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE);
    private final ByteBuffer bytes = ByteBuffer.allocate(3 * BUFFER_SIZE);

    BodyDigest() {
        sha256 = sha256();
    }

    /**
     * @param body a whole body
     * @return the lowercase hex SHA-256 of its UTF-8 bytes, as feeding it to {@link #body} gives
     */
    static String of(String body) {
        return HexFormat.of().formatHex(sha256().digest(body.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @param utf8 bytes holding a whole body's UTF-8 encoding
     * @param from where the body's bytes begin
     * @param to where they end
     * @return the lowercase hex SHA-256 of {@code utf8[from..to)}, as {@link #of(String)} gives for
     *     the body they encode
     */
    static String of(byte[] utf8, int from, int to) {
        MessageDigest digest = PER_THREAD.get();
        digest.reset();
        digest.update(utf8, from, to - from);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** @return a new SHA-256 digest: a copy of a prototype, cheaper than a provider look-up per file */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return newSha256();
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    @Override
    public void body(char[] text, int from, int to) {
        int i = from;
        while (i < to) {
            int count = Math.min(to - i, chars.remaining());
            chars.put(text, i, count);
            i += count;
            if (!chars.hasRemaining()) {
                hash(false);
            }
        }
    }

    /**
     * Ends the body.
     *
     * @return the lowercase hex SHA-256 of every character passed to {@link #body}
     */
    String finish() {
        hash(true);
        encoder.flush(bytes);
        sha256.update(bytes.flip());
        bytes.clear();
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Encodes and hashes the gathered characters; at most a high surrogate stays unless it is the end. */
    private void hash(boolean end) {
        // three bytes per char at most (a surrogate pair is four bytes for two chars): never overflows
        encoder.encode(chars.flip(), bytes, end);
        sha256.update(bytes.flip());
        bytes.clear();
        chars.compact();
    }
}
