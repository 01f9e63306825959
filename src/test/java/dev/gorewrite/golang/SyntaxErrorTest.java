package dev.gorewrite.golang;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import dev.gorewrite.golang.GoSyntaxTest.Gofmt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid input never throws, always yields at least one error, and the first error is where
 * {@code gofmt -e} reports its first error.
 *
 * <p>Every expected line:column below was produced by running {@code gofmt -e FILE} (go1.19,
 * Debian golang-go) on the snippet written to a file; {@link #gofmtStillReportsTheHardCodedPosition}
 * re-checks them whenever gofmt is installed. Columns are 1-based and counted in bytes (a tab is
 * one column), as gofmt counts them.
 */
class SyntaxErrorTest {

    static final String PATH = "bad.go";

    /** How the first error's position is compared with gofmt's. */
    enum Check {
        /** Same line and same byte column as gofmt. */
        LINE_AND_COLUMN,
        /**
         * The error is "unexpected end of file". go/token cannot represent the position after a
         * final newline, so gofmt reports it as (last line, length of that line + 2), i.e. the
         * column just past the newline; an ANTLR EOF token sits at (last line + 1, column 1). Both
         * denote the same byte offset, the end of the file, so that is what is compared.
         */
        END_OF_FILE,
        /** Same line as gofmt; the column may defensibly differ (the case's comment says why). */
        LINE_ONLY
    }

    record Case(String name, String src, int line, int column, Check check) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("missing closing brace of a function", """
                        package p

                        func f() {
                        	x := 1
                        	_ = x
                        """, 5, 8, Check.END_OF_FILE),
                new Case("if block without closing brace", """
                        package p

                        func f(x bool) {
                        	if x {
                        		g()
                        }
                        """, 6, 3, Check.END_OF_FILE),
                new Case("package clause without a name", """
                        package
                        """, 1, 9, Check.END_OF_FILE),
                new Case("func f( {", """
                        package p

                        func f( {
                        }
                        """, 3, 9, Check.LINE_AND_COLUMN),
                new Case("stray closing paren", """
                        package p

                        func f() {
                        	g())
                        }
                        """, 4, 5, Check.LINE_AND_COLUMN),
                new Case("short variable declaration without value", """
                        package p

                        func f() {
                        	x :=
                        }
                        """, 5, 1, Check.LINE_AND_COLUMN),
                new Case("unterminated interpreted string", """
                        package p

                        var s = "abc
                        """, 3, 9, Check.LINE_AND_COLUMN),
                new Case("unterminated raw string", """
                        package p

                        var s = `abc

                        func f() {}
                        """, 3, 9, Check.LINE_AND_COLUMN),
                new Case("unterminated rune literal", """
                        package p

                        var r = 'a
                        """, 3, 9, Check.LINE_AND_COLUMN),
                new Case("unterminated block comment", """
                        package p

                        /* comment
                        func f() {}
                        """, 3, 1, Check.LINE_AND_COLUMN),
                new Case("identifier starting with a digit", """
                        package p

                        var 1x int
                        """, 3, 5, Check.LINE_AND_COLUMN),
                new Case("package clause missing", """
                        // Package doc.

                        import "fmt"
                        """, 3, 1, Check.LINE_AND_COLUMN),
                new Case("package clause missing, code on line 1", """
                        func f() {}
                        """, 1, 1, Check.LINE_AND_COLUMN),
                new Case("empty file", "", 1, 1, Check.LINE_AND_COLUMN),
                new Case("illegal character @", """
                        package p

                        func f() {
                        	x := @y
                        }
                        """, 4, 7, Check.LINE_AND_COLUMN),
                new Case("illegal character after multi-byte text (column in bytes)", """
                        package p

                        func f() {
                        	x := "日本" @
                        }
                        """, 4, 16, Check.LINE_AND_COLUMN),
                new Case("missing comma before newline in composite literal", """
                        package p

                        var x = []int{
                        	1,
                        	2
                        }
                        """, 5, 3, Check.LINE_AND_COLUMN),
                new Case("else on its own line", """
                        package p

                        func f(x bool) {
                        	if x {
                        	}
                        	else {
                        	}
                        }
                        """, 6, 2, Check.LINE_AND_COLUMN),
                new Case("two statements on one line without semicolon", """
                        package p

                        func f() {
                        	x = 1 y = 2
                        }
                        """, 4, 8, Check.LINE_AND_COLUMN),
                new Case("if without condition", """
                        package p

                        func f() {
                        	if {
                        	}
                        }
                        """, 4, 5, Check.LINE_AND_COLUMN),
                new Case("for clause missing its second semicolon", """
                        package p

                        func f() {
                        	for i := 0; i < 10 {
                        	}
                        }
                        """, 4, 21, Check.LINE_AND_COLUMN),
                new Case("statement at top level", """
                        package p

                        x := 1
                        """, 3, 1, Check.LINE_AND_COLUMN),
                new Case("extra closing brace at top level", """
                        package p

                        func f() {
                        }
                        }
                        """, 5, 1, Check.LINE_AND_COLUMN),
                // LINE_ONLY: per the spec func()(x) is the signature "func() x", a type, so it cannot
                // stand where an expression is required. go/parser parses the whole signature first
                // and then reports at the start of the type (column 6, `func`); a grammar-driven
                // parser reports at the token where the input stops matching an expression, e.g.
                // the `(` of `(x)` or the newline after it. Same line either way.
                new Case("func()(x) is a signature, not a conversion", """
                        package p

                        func f(x any) {
                        	_ = func()(x)
                        }
                        """, 4, 6, Check.LINE_ONLY));
    }

    static GoFile parseBad(Case c) {
        return assertDoesNotThrow(() -> GoFile.parse(PATH, c.src().getBytes(UTF_8)), "GoFile.parse threw");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void firstErrorIsWhereGofmtReportsIt(Case c) {
        GoFile f = parseBad(c);
        assertThat(f.errors()).as("errors for%n%s", c.src()).isNotEmpty();
        assertThat(f.ok()).isFalse();
        SyntaxError first = f.errors().get(0);
        assertThat(first.path()).isEqualTo(PATH);
        switch (c.check()) {
            case LINE_AND_COLUMN -> assertThat(first.line() + ":" + first.column())
                    .as("first error %s (all: %s)", first, f.errors())
                    .isEqualTo(c.line() + ":" + c.column());
            case END_OF_FILE -> {
                byte[] bytes = c.src().getBytes(UTF_8);
                assertThat(byteOffset(bytes, c.line(), c.column()))
                        .as("the hard-coded gofmt position is the end of the file")
                        .isEqualTo(bytes.length);
                assertThat(byteOffset(bytes, first.line(), first.column()))
                        .as("first error %s must be at the end of the file (all: %s)", first, f.errors())
                        .isEqualTo(bytes.length);
            }
            case LINE_ONLY -> assertThat(first.line())
                    .as("line of first error %s (all: %s)", first, f.errors())
                    .isEqualTo(c.line());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void errorToStringIsPathLineColumnMessage(Case c) {
        GoFile f = parseBad(c);
        assertThat(f.errors()).isNotEmpty();
        SyntaxError first = f.errors().get(0);
        assertThat(first.message()).isNotBlank();
        assertThat(first.toString())
                .startsWith(PATH + ":" + first.line() + ":" + first.column() + ": ")
                .isEqualTo(PATH + ":" + first.line() + ":" + first.column() + ": " + first.message());
    }

    /** GoFile's contract: roundTrip() equals bytes() for any input, broken files included. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void invalidInputStillRoundTrips(Case c) {
        GoFile f = parseBad(c);
        assertThat(f.roundTrip()).isEqualTo(c.src().getBytes(UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gofmtStillReportsTheHardCodedPosition(Case c) {
        Assumptions.assumeTrue(GoSyntaxTest.gofmtAvailable(), "gofmt not on PATH");
        Gofmt g = GoSyntaxTest.gofmt(c.src().getBytes(UTF_8));
        assertThat(g.accepted()).as("gofmt must reject%n%s", c.src()).isFalse();
        assertThat(g.firstLine() + ":" + g.firstColumn()).as(g.stderr()).isEqualTo(c.line() + ":" + c.column());
    }

    /** Byte offset of a 1-based (line, byte column) position; lines are separated by '\n'. */
    static int byteOffset(byte[] src, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            while (offset < src.length && src[offset] != '\n') {
                offset++;
            }
            if (offset == src.length) {
                throw new AssertionError("line " + line + " is past the end of the file");
            }
            offset++;
        }
        return offset + column - 1;
    }
}
