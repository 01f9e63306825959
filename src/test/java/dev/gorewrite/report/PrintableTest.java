package dev.gorewrite.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Control characters become visible escapes; everything else, emoji included, stays as it is. */
class PrintableTest {
    @Test
    void controlsBecomeEscapesAndTextStays() {
        assertThat(Printable.value("a\u001b[31mb\tc\r\n")).isEqualTo("a\\x1b[31mb\\tc\\r\\n");
        assertThat(Printable.line("\tx := \"\u009b\u202e\"")).isEqualTo("\tx := \"\\u009b\\u202e\"");
        assertThat(Printable.value("📛 DataStorage — é")).isEqualTo("📛 DataStorage — é");
    }

    @Test
    void aByteThatIsNotUtf8ShowsAsTheByteAndALoneSurrogateAsItself() {
        assertThat(Printable.value("caf\udce9")).isEqualTo("caf\\xe9");
        assertThat(Printable.value("x\ud83d")).isEqualTo("x\\ud83d");
    }

    @Test
    void escapingTwiceChangesNothing() {
        String once = Printable.value("\u0007\u001b]0;t\u0007\udcff\u2066");

        assertThat(Printable.value(once)).isEqualTo(once);
        assertThat(once).doesNotContainPattern("[\\x00-\\x1f\\x7f-\\x9f]");
    }
}
