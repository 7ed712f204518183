package com.kimberlite.migration.internal.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.support.Checksums;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streamed checksum equals the SHA-256 of {@code String.getBytes(UTF_8)}, however the text is cut. */
class BodyDigestTest {

    @Test
    void equalsTheDigestOfTheWholeTextForAnyPieces() {
        char[] alphabet = {'a', '\n', '\u00e9', '\u20ac', '\ud83d', '\ude00', '\uffff', '\u0000'};
        Random random = new Random(11);
        for (int n = 0; n < 400; n++) {
            char[] text = new char[random.nextInt(40_000)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            BodyDigest digest = new BodyDigest();
            for (int from = 0; from < text.length;) {
                int to = Math.min(text.length, from + 1 + random.nextInt(n % 2 == 0 ? 3 : 20_000));
                digest.body(text, from, to);
                from = to;
            }

            assertThat(digest.finish()).isEqualTo(Checksums.sha256(new String(text)));
        }
    }

    @Test
    void emptyBodyHasTheDigestOfNoBytes() {
        assertThat(new BodyDigest().finish())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void wholeBodiesHashedOneAfterTheOtherOnOneThreadEachGetTheirOwnDigest() {
        byte[] bodies = "xSELECT 1;yCREATE TABLE t (a INT);z".getBytes(StandardCharsets.UTF_8);

        String first = BodyDigest.of(bodies, 1, 10);
        String second = BodyDigest.of(bodies, 11, 34);
        String empty = BodyDigest.of(bodies, 34, 34);

        assertThat(first).isEqualTo(Checksums.sha256("SELECT 1;"));
        assertThat(second).isEqualTo(Checksums.sha256("CREATE TABLE t (a INT);"));
        assertThat(empty).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
