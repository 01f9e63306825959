package dev.gorewrite.golang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import dev.gorewrite.golang.antlr.GoLexer;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tokens are placed by a walk over the text to the code point where each ends: every text so
 * cut is the lexer's own text of the token, and the number accessors say what the GoToken says.
 */
class PlacedTokensTest {
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.gorewrite.golang.LosslessTest#files")
    void eachTokenIsCutAsTheLexerReadIt(byte[] src) {
        String text = Utf8.decode(src);
        List<Token> lexed = TwoStageParser.lex("p.go", text).tokens();
        PlacedTokens placed = PlacedTokens.of(text, Utf8.encode(text).length, lexed);

        assertThat(placed).hasSameSizeAs(lexed);
        for (int i = 0; i < lexed.size() - 1; i++) {
            assertThat(placed.text(i)).as("token %d", i).isEqualTo(lexed.get(i).getText());
        }
        assertThat(placed.end(lexed.size() - 1)).isEqualTo(text.length());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.gorewrite.golang.LosslessTest#files")
    void theNumbersAreThoseOfTheGoTokens(byte[] src) {
        GoFile file = GoFile.parse("p.go", src);
        PlacedTokens placed = file.placedTokens();

        for (int i = 0; i < file.tokens().size(); i++) {
            GoToken t = file.tokens().get(i);
            assertThat(List.of(placed.type(i), placed.offset(i), placed.end(i), placed.line(i)))
                    .isEqualTo(List.of(t.type(), t.offset(), t.end(), t.line()));
            assertThat(List.of(placed.hidden(i), placed.isComment(i), placed.isBlank(i)))
                    .isEqualTo(List.of(t.hidden(), t.isComment(), t.text().isBlank()));
        }
    }

    @Test
    void tokensWhoseIndexesDoNotTileTheTextArePlacedByTheirTexts() {
        String text = "ab\ncd";
        CommonToken first = new CommonToken(GoLexer.IDENTIFIER, "ab\n");
        first.setStartIndex(7);
        first.setStopIndex(9);
        CommonToken second = new CommonToken(GoLexer.IDENTIFIER, "cd");
        CommonToken eof = new CommonToken(Token.EOF, "<EOF>");
        PlacedTokens placed = PlacedTokens.of(text, text.length(), List.of(first, second, eof));

        assertThat(List.of(placed.offset(1), placed.line(1), placed.end(1))).isEqualTo(List.of(3, 2, 5));
        assertThat(placed.text(0)).isEqualTo("ab\n");
    }
}
