package dev.gorewrite.golang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.misc.Interval;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link StringCharStream} answers as ANTLR's own stream over the same text (one without surrogate pairs). */
class StringCharStreamTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "x", "package p\n", "café ÿ", "日本\uFEFF", "a\uDC80\uD800b"})
    void answersAsAntlrsStream(String text) {
        assertThat(answers(new StringCharStream(text, "f.go"))).isEqualTo(answers(CharStreams.fromString(text, "f.go")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "日本"})
    void consumingPastTheEndFailsAlike(String text) {
        CharStream ours = new StringCharStream(text, "f.go");
        ours.seek(text.length());
        assertThatThrownBy(ours::consume).isInstanceOf(IllegalStateException.class).hasMessage("cannot consume EOF");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "f.go"})
    void namesTheSourceAlike(String name) {
        assertThat(new StringCharStream("x", name).getSourceName()).isEqualTo(CharStreams.fromString("x", name).getSourceName());
        assertThat(new StringCharStream("x", null).getSourceName()).isEqualTo(CharStreams.fromString("x", null).getSourceName());
    }

    /** Size, look-ahead and -behind at every position, texts of every in-range and clamped interval, after moves. */
    private static List<Object> answers(CharStream stream) {
        List<Object> out = new ArrayList<>(List.of(stream.size(), stream.index(), stream.mark(), stream.toString()));
        for (int at = 0; at <= stream.size(); at++) {
            stream.seek(at);
            out.addAll(List.of(stream.index(), stream.LA(-2), stream.LA(-1), stream.LA(0), stream.LA(1), stream.LA(2)));
            for (int stop = at - 1; stop <= stream.size() + 1; stop++) {
                out.add(stream.getText(Interval.of(at, stop)));
            }
        }
        stream.seek(0);
        while (stream.LA(1) != CharStream.EOF) {
            stream.consume();
            out.add(stream.LA(-1));
        }
        out.add(stream.index());
        return out;
    }
}
