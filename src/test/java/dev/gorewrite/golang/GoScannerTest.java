package dev.gorewrite.golang;

import static dev.gorewrite.golang.LexerOracle.assertSameTokens;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.golang.antlr.GoLexer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link GoScanner} against ANTLR's lexer, family by family of the grammar's tricky cases. */
class GoScannerTest {
    @ParameterizedTest
    @ValueSource(strings = {"0", "42", "08", "09i", "0_8", "0_8i", "0_7", "07_7", "0b", "0b1", "0b12", "0B1_0i", "0o", "0o7",
        "0O8", "0x", "0x_", "0x_1", "0xg", "0x1i", "0xABCi", "1_000", "1__0", "1_", "_1", "1.", "1.e", "1.e+", "1.e+5",
        "1e", "1E-3", "1e+_3", "1.5i", ".5", ".5i", ".e1", "..", "...", "....5", "1...", "0x1p-2", "0x1p", "0x.8p1",
        "0x1.p1", "0x1_p1", "0x_1.8P+3i", "0x.p1", "0X1.", "00", "0.", "01.5", "08.5", "08e1", "1ii", "0i", "0xi",
        "1.5e3.2", "1e3i", "5.Method", "x.5", "a1.5"})
    void numbers(String text) {
        assertSameTokens(text);
        assertSameTokens("x = " + text + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc", "\"a\\\"b\"", "\"a\\", "\"a\\\n\"", "\"a\nb\"", "'", "''", "'a", "'\\''", "'\\",
        "'ab'", "`raw", "`a\nb`", "`a\nb", "\"\\\\\"", "\"\\u00e9\"", "'\\x", "\"\uD83D\uDE00\\\uD83D\uDE00\"",
        "\"\\\uD83D\uDE00", "x := \"unterminated\ny := 1\n"})
    void unterminatedLiterals(String text) {
        assertSameTokens(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/*", "/* a", "/* a *", "/* a */", "/**/", "/*/", "/* a **/", "/* a\nb */ x", "/* a\nb",
        "// c", "// c\r\nx", "//", "/", "/=", "a/b", "a /* c */ b", "/*\n*/\n/*x*/ y", "/* \uD83D\uDE00\n\uD83D\uDE00 */z"})
    void comments(String text) {
        assertSameTokens(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"é", "café", "日本語", "x١٢", "١x", "\uD835\uDC00x", "x\uD835\uDC00", "\uD835\uDFCE",
        "a\uD835\uDFCEb", "\uFEFFpackage", "a\uFEFFb", "\uDC80", "x\uDC80y", "\uD800", "\uD800\uD800\uDC00", "\u00A0x",
        "ǅ", "ʰ", "_", "__x", "breaker", "break", "go", "goto", "gox", "\u0000", "\r\n", "\f\t x", "$", "@#?"})
    void identifiersAndOddChars(String text) {
        assertSameTokens(text);
        assertSameTokens(" " + text + " \uD83D\uDE00 " + text + "\n" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+=", "<<=", "<-", "&^=", "&^", "&&", "||", ">>=", ">>", "...", ":=", "!=", "a+++b", "~int",
        "x<<-y", "a&^^b", "==="})
    void operators(String text) {
        assertSameTokens(text);
    }

    /** What every parse and lex now reads: the scanner's tokens with automatic semicolons, as GoLexer's were. */
    @ParameterizedTest
    @ValueSource(strings = {"package p\n\nfunc f() int {\n\treturn 1 /* a\nb */\n}\n", "x++\ny)\n/* c */", "a /*\n*/ b", "return"})
    void parsesLexWithTheScanner(String text) {
        List<String> expected = new ArrayList<>();
        SemicolonInserter old = new SemicolonInserter(LexerOracle.antlr(text), new HeapGuard());
        Token t;
        do {
            t = old.nextToken();
            ((CommonToken) t).setTokenIndex(expected.size());
            expected.add(LexerOracle.describe(t));
        } while (t.getType() != Token.EOF);
        assertThat(TwoStageParser.lex("f.go", text).tokens()).map(LexerOracle::describe).isEqualTo(expected);
        assertThat(TwoStageParser.lex("f.go", text).tokens().get(0).getTokenSource()).isInstanceOf(GoScanner.class);
    }

    @Test
    void emptyText() {
        assertSameTokens("");
    }

    @Test
    void examplesAndGoldenCases() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("examples")), Files.walk(Path.of("src/test/resources/cases")))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        for (Path file : files) {
            assertSameTokens(Utf8.decode(Files.readAllBytes(file)));
        }
    }

    @Test
    void tokensComeFromTheFactorySet() {
        GoScanner scanner = new GoScanner("x+1", "f.go");
        List<Integer> made = new ArrayList<>();
        scanner.setTokenFactory(new CommonTokenFactory(true) {
            @Override
            public CommonToken create(Pair<TokenSource, CharStream> source, int type, String text, int channel,
                    int start, int stop, int line, int charPositionInLine) {
                made.add(type);
                return super.create(source, type, text, channel, start, stop, line, charPositionInLine);
            }
        });
        GoLexer antlr = LexerOracle.antlr("x+1");
        antlr.setTokenFactory(new CommonTokenFactory(true)); // copies each token's text, so EOF's is ""
        assertThat(LexerOracle.describe(scanner)).isEqualTo(LexerOracle.describe(antlr));
        assertThat(made).containsExactly(GoLexer.IDENTIFIER, GoLexer.PLUS, GoLexer.INT_LIT, Token.EOF);
        assertThat(scanner.getTokenFactory()).isNotSameAs(CommonTokenFactory.DEFAULT);
    }

    @Test
    void tokensKeepTheirTextAndStream() {
        GoScanner scanner = new GoScanner("x := `a\nb` // \uD83D\uDE00", "f.go");
        Token name = scanner.nextToken();
        assertThat(name.getTokenSource()).isSameAs(scanner);
        assertThat(name.getInputStream().getSourceName()).isEqualTo("f.go");
        for (int i = 0; i < 3; i++) {
            scanner.nextToken();
        }
        Token raw = scanner.nextToken();
        assertThat(raw.getType()).isEqualTo(GoLexer.RAW_STRING_LIT);
        assertThat(raw.getText()).isEqualTo("`a\nb`");
    }
}
