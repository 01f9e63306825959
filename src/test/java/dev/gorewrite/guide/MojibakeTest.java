package dev.gorewrite.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeTest {
    private static String misread(String text, String codePage) {
        return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName(codePage)).replace("\uFFFD", "");
    }

    @Test
    void runsReadAsWindows1254AreRestored() {
        Repair repair = Mojibake.repair(misread("tag: 📛 done ✅", "windows-1254"));
        assertThat(repair).isEqualTo(new Repair("tag: 📛 done ✅", 2, 0));
    }

    @Test
    void runsReadAsLatin1AreRestored() {
        assertThat(Mojibake.repair(misread("naïve café", "ISO-8859-1"))).isEqualTo(new Repair("naïve café", 2, 0));
    }

    @Test
    void aRunWithLostBytesKeepsWhatDecodesAndMarksTheRest() {
        // "═" is E2 95 90; Windows-1254 has no 0x90, so each one arrives as "â•".
        Repair repair = Mojibake.repair(misread("// ═══ ok ✅", "windows-1254"));
        assertThat(repair.text()).isEqualTo("// \uFFFD\uFFFD\uFFFD ok ✅");
        assertThat(repair.repaired()).isEqualTo(1);
        assertThat(repair.left()).isEqualTo(1);
    }

    @Test
    void genuineSingleByteTextIsLeftAlone() {
        assertThat(Mojibake.repair("café — “quoted”")).isEqualTo(new Repair("café — “quoted”", 0, 0));
    }

    @Test
    void aTextReadAsUtf8IsLeftAloneEvenWhereItQuotesMojibake() {
        String text = "garbled (\"â•\" for \"═\")";
        assertThat(Mojibake.repair(text)).isEqualTo(new Repair(text, 0, 0));
    }
}
