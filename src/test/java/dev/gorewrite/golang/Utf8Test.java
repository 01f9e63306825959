package dev.gorewrite.golang;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The quick paths of {@link Utf8}: they must say exactly what the general ones say. */
class Utf8Test {
    private static final byte[] MIXED = "package p // héllo, 世界 🙂\n".getBytes(UTF_8);

    @Test
    void asciiDecodesToTheSameCharacters() {
        assertThat(Utf8.decode("package p\n".getBytes(UTF_8))).isEqualTo("package p\n");
    }

    @Test
    void textAfterAnAsciiStartDecodesAsUtf8() {
        assertThat(Utf8.decode(MIXED)).isEqualTo("package p // héllo, 世界 🙂\n");
    }

    @Test
    void aStrayByteAfterAnAsciiStartStillEncodesBackToItself() {
        byte[] latin1 = "// caf\u00e9\n".getBytes(ISO_8859_1);

        assertThat(Utf8.encode(Utf8.decode(latin1))).isEqualTo(latin1);
        assertThat(Utf8.encodesTo(Utf8.decode(latin1), latin1)).isTrue();
    }

    @Test
    void encodesToHoldsForTheTextsOwnBytesOnly() {
        String text = Utf8.decode(MIXED);
        byte[] oneByteChanged = MIXED.clone();
        oneByteChanged[3] = 'X';
        byte[] lastByteChanged = MIXED.clone();
        lastByteChanged[MIXED.length - 2] = 'X';

        assertThat(Utf8.encodesTo(text, MIXED)).isTrue();
        assertThat(Utf8.encodesTo(text, oneByteChanged)).isFalse();
        assertThat(Utf8.encodesTo(text, lastByteChanged)).isFalse();
        assertThat(Utf8.encodesTo("abc", "ab".getBytes(UTF_8))).isFalse();
        assertThat(Utf8.encodesTo("ab", "abc".getBytes(UTF_8))).isFalse();
    }

    @Test
    void aTextOfOneBytePerCharIsEncodedInBulkOnlyWhenItIsAscii() {
        assertThat(Utf8.encode("package p\n")).isEqualTo("package p\n".getBytes(UTF_8));
        assertThat(Utf8.encode("ab\uDCFF")).containsExactly('a', 'b', 0xFF);
        assertThat(Utf8.encode(new StringBuilder("ab\uDCFF"))).containsExactly('a', 'b', 0xFF);
    }

    @Test
    void theBulkComparisonTakesNoNonAsciiByteForTheReplacementCharacter() {
        byte[] latin1 = "caf\u00e9".getBytes(ISO_8859_1);

        assertThat(Utf8.encodesTo("caf\uFFFD", latin1)).isFalse();
        assertThat(Utf8.encodesTo("caf\u00e9", latin1)).isFalse();
        assertThat(Utf8.encodesTo("caf\uDCE9", latin1)).isTrue();
        assertThat(Utf8.encodesTo("cafe", "cafe".getBytes(UTF_8))).isTrue();
    }

    @Test
    void bulkDecodingIsTakenOnlyWhereTheJdkFoundNothingMalformed() {
        byte[] replacement = "// \uFFFD\n".getBytes(UTF_8);
        byte[] encodedSurrogate = {'/', '/', (byte) 0xED, (byte) 0xA0, (byte) 0x80};

        assertThat(Utf8.decode(replacement)).isEqualTo("// \uFFFD\n");
        assertThat(Utf8.decode(encodedSurrogate)).isEqualTo("//\uDCED\uDCA0\uDC80");
        assertThat(Utf8.encode(Utf8.decode(encodedSurrogate))).isEqualTo(encodedSurrogate);
        assertThat(Utf8.decode(MIXED)).isEqualTo(new String(MIXED, UTF_8));
    }
}
