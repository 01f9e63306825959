package dev.gorewrite.golang;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.golang.antlr.GoLexer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A file lets go of ANTLR's tree and tokens once its pattern tree is built; what is asked of it
 * afterwards must be what it was before.
 */
class ReleasedTreeTest {
    private static final String SOURCE = "package p\n\n// caf\u00e9 \u4e16\u754c\nvar s = `one\ntwo \u00e9\nthree`\n\n"
            + "func f() {\n\tg(s, \"\u00e9\") /* a\nb */ + 1\n}\n";

    @Test
    void theTreeIsParsedAgainWhenAskedForAfterItWasReleased() {
        GoFile file = GoFile.parse("p.go", SOURCE.getBytes(UTF_8));
        String before = file.tree().toStringTree();

        file.releaseParseTree();

        assertThat(file.tree()).isNotNull();
        assertThat(file.tree().toStringTree()).isEqualTo(before);
    }

    @Test
    void tokensAreTheSameBeforeAndAfterTheRelease() {
        GoFile file = GoFile.parse("p.go", SOURCE.getBytes(UTF_8));
        List<GoToken> before = List.copyOf(file.tokens());

        file.releaseParseTree();

        assertThat(file.tokens()).containsExactlyElementsOf(before);
        assertThat(file.roundTrip()).isEqualTo(SOURCE.getBytes(UTF_8));
    }

    @Test
    void tokensAfterMultiByteTextAndMultiLineTokensHaveByteColumns() {
        GoFile file = GoFile.parse("p.go", SOURCE.getBytes(UTF_8));

        GoToken plus = file.tokens().stream().filter(t -> t.type() == GoLexer.PLUS).findFirst().orElseThrow();
        GoToken call = file.tokens().stream().filter(t -> t.text().equals("g")).findFirst().orElseThrow();

        assertThat(call.line()).isEqualTo(9);
        assertThat(call.column()).isEqualTo(2);
        assertThat(plus.line()).isEqualTo(10);
        assertThat(plus.column()).isEqualTo(6); // after `b */ `
        assertThat(plus.byteOffset()).isEqualTo(SOURCE.substring(0, plus.offset()).getBytes(UTF_8).length);
    }

    @Test
    void aLexedFileHasNoTreeBeforeOrAfterARelease() {
        GoFile file = GoFile.lex("x.go", "a + b".getBytes(UTF_8));

        file.releaseParseTree();

        assertThat(file.tree()).isNull();
        assertThat(file.tokens()).extracting(GoToken::text).containsExactly("a", " ", "+", " ", "b", "");
    }
}
