package dev.gorewrite.golang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.golang.antlr.GoLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;

/**
 * The lexer that ANTLR generates from grammar/GoLexer.g4, as the oracle for {@link GoScanner}:
 * both must give the same tokens for any text, each token alike in every field that other code
 * reads (type, channel, start and stop index, line, column, text, the stream behind it).
 */
final class LexerOracle {
    private LexerOracle() {}

    static void assertSameTokens(String text) {
        assertThat(describe(new GoScanner(text, "f.go"))).as("tokens of %s", show(text)).isEqualTo(describe(antlr(text)));
    }

    static GoLexer antlr(String text) {
        GoLexer lexer = new GoLexer(CharStreams.fromString(text, "f.go"));
        lexer.removeErrorListeners();
        return lexer;
    }

    /** Every token through EOF, one line each, with the stream's size and name. */
    static List<String> describe(TokenSource source) {
        List<String> out = new ArrayList<>();
        Token t;
        do {
            t = source.nextToken();
            out.add(describe(t));
        } while (t.getType() != Token.EOF);
        out.add("stream " + source.getInputStream().size() + " " + source.getSourceName() + " at "
                + source.getLine() + ":" + source.getCharPositionInLine());
        return out;
    }

    static String describe(Token t) {
        return GoLexer.VOCABULARY.getSymbolicName(t.getType()) + " ch" + t.getChannel() + " " + t.getStartIndex() + ".."
                + t.getStopIndex() + " " + t.getLine() + ":" + t.getCharPositionInLine() + " " + show(t.getText())
                + " #" + t.getTokenIndex() + " in " + t.getInputStream().size();
    }

    /** The text with every char beyond printable ASCII as an escape, so that a failure shows it. */
    static String show(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return out.append('"').toString();
    }
}
