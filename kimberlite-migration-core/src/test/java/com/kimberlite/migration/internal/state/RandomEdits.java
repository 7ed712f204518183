package com.kimberlite.migration.internal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Function;

/**
 * Random values, random one-byte edits of a state file, and the comparison of a written-layout reader
 * with the general reader over both, for the tests of the written layouts.
 */
final class RandomEdits {

    /** Bytes that matter to the layouts and to TOML. */
    private static final byte[] ALPHABET = " \n\r\t\"\\#=[]:.01789afzTZ_-".getBytes(StandardCharsets.US_ASCII);
    private static final String LETTERS = "abcdef0123456789_ -.";
    /** Characters that the written layouts leave to the general path. */
    private static final String SPECIAL = "é\"\\\t";
    private static final int ROUNDS = 3_000;

    private RandomEdits() {
    }

    /** @return a short text, now and then with a character the written layouts do not take */
    static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(random.nextInt(40) == 0 ? SPECIAL.charAt(random.nextInt(SPECIAL.length()))
                    : LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return text.toString();
    }

    /** @return the bytes with one byte replaced, inserted or removed at a random place */
    static byte[] edit(byte[] bytes, Random random) {
        int at = random.nextInt(bytes.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        int kind = random.nextInt(3);
        if (kind != 2) {
            out.write(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        int skip = kind == 1 || at == bytes.length ? 0 : 1;
        out.write(bytes, at + skip, bytes.length - at - skip);
        return out.toByteArray();
    }

    /**
     * Writes a file of random content each round, changes up to two of its bytes at random, and
     * checks that whenever the written layout reads the bytes, the tree reads the same from them.
     *
     * @param seed the seed of the rounds
     * @param written a file's content written from random values
     * @param layout the written-layout reader: a value, or null when it leaves the bytes to the tree
     * @param tree the general reader
     * @param <T> what the readers give
     * @return how many rounds the written layout read, and how many it left to the tree
     */
    static <T> int[] compareReaders(long seed, Function<Random, byte[]> written, Function<byte[], T> layout,
            Function<byte[], T> tree) {
        Random random = new Random(seed);
        int taken = 0;
        int declined = 0;
        for (int round = 0; round < ROUNDS; round++) {
            byte[] bytes = written.apply(random);
            for (int edits = random.nextInt(3); edits > 0; edits--) {
                bytes = edit(bytes, random);
            }
            T fast = layout.apply(bytes);
            if (fast == null) {
                declined++;
                continue;
            }
            taken++;
            byte[] read = bytes;
            assertThatCode(() -> assertThat(tree.apply(read)).isEqualTo(fast))
                    .as(new String(bytes, StandardCharsets.UTF_8)).doesNotThrowAnyException();
        }
        return new int[] {taken, declined};
    }
}
