package dev.gorewrite.golang;

import static dev.gorewrite.golang.GoSyntaxTest.codeTexts;
import static dev.gorewrite.golang.GoSyntaxTest.implicitSemicolons;
import static dev.gorewrite.golang.GoSyntaxTest.parseOk;
import static dev.gorewrite.golang.GoSyntaxTest.shape;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parsing must be lossless: {@code roundTrip()} reproduces the input byte for byte whatever its
 * line endings, BOM or invalid UTF-8, and every token's offsets and positions point at its text.
 */
class LosslessTest {

    /** Concatenates strings (UTF-8 encoded) and ints (single raw bytes) into one byte array. */
    static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    static byte[] crlf(String lf) {
        return lf.replace("\n", "\r\n").getBytes(UTF_8);
    }

    /** Bytes a char sequence of text() stands for: invalid bytes (U+DC80..U+DCFF) are one byte each. */
    static int encodedLength(String s) {
        return s.codePoints()
                .map(cp -> cp >= 0xDC80 && cp <= 0xDCFF ? 1 : new String(Character.toChars(cp)).getBytes(UTF_8).length)
                .sum();
    }

    /** The first default-channel token with this text on this line. */
    static GoToken codeToken(GoFile f, int line, String text) {
        return f.codeTokens().stream()
                .filter(t -> t.line() == line && t.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no token " + text + " on line " + line + " in " + f.codeTokens()));
    }

    static final String SAMPLE = """
            package p

            import "fmt"

            // f prints.
            func f(xs []int) {
            	for _, x := range xs {
            		fmt.Println(x) // trailing
            	}
            	s := `raw
            string`
            	_ = s
            }
            """;

    // ---------------------------------------------------------------------------------------
    // line endings
    // ---------------------------------------------------------------------------------------

    @Test
    void lfFile() {
        GoFile f = parseOk(SAMPLE);
        assertThat(f.lineEnding()).isEqualTo(LineEnding.LF);
        assertThat(f.hasBom()).isFalse();
    }

    @Test
    void crlfFileRoundTripsAndStillInsertsSemicolons() {
        byte[] src = crlf(SAMPLE);
        GoFile f = parseOk(src);
        assertThat(f.lineEnding()).isEqualTo(LineEnding.CRLF);
        assertThat(f.bytes()).isEqualTo(src);

        GoFile lf = parseOk(SAMPLE);
        // same tokens as the LF file (apart from the CR inside the raw string)
        assertThat(shape(f).replace("\r", "")).isEqualTo(shape(lf));
        assertThat(implicitSemicolons(f)).isEqualTo(implicitSemicolons(lf)).isEqualTo(7);

        // every semicolon inserted at a line break sits on a "\r\n"
        String text = f.text();
        assertThat(f.codeTokens()).filteredOn(GoToken::isImplicitSemicolon)
                .filteredOn(t -> !t.text().isEmpty())
                .isNotEmpty()
                .allSatisfy(t -> assertThat(text.startsWith("\r\n", t.offset())
                                || text.startsWith("\n", t.offset()) && text.charAt(t.offset() - 1) == '\r')
                        .as("implicit semicolon %s sits on a CRLF", t)
                        .isTrue());
        // line numbers count CRLF as one line break
        assertThat(codeToken(f, 6, "func").column()).isEqualTo(1);
        assertThat(codeToken(f, 10, "`raw\r\nstring`").column()).isEqualTo(7);
        assertThat(codeToken(f, 12, "_").column()).isEqualTo(2);
    }

    @Test
    void mixedLineEndings() {
        byte[] src = bytes("package p\r\n", "\n", "var a = 1\r\n", "var b = 2\n");
        GoFile f = parseOk(src);
        assertThat(f.lineEnding()).isEqualTo(LineEnding.MIXED);
        assertThat(shape(f)).isEqualTo("package p $ var a = 1 $ var b = 2 $");
        assertThat(codeToken(f, 4, "b").column()).isEqualTo(5);
    }

    @Test
    void singleLineFileHasNoLineEnding() {
        GoFile f = parseOk("package p");
        assertThat(f.lineEnding()).isEqualTo(LineEnding.NONE);
        assertThat(codeTexts(f)).startsWith("package", "p");
    }

    @Test
    void noTrailingNewline() {
        String src = "package p\n\nfunc f() {\n\tg()\n}";
        GoFile f = parseOk(src);
        assertThat(f.lineEnding()).isEqualTo(LineEnding.LF);
        assertThat(shape(f)).startsWith("package p $ func f ( ) { g ( ) $ }");
        GoToken close = codeToken(f, 5, "}");
        assertThat(close.column()).isEqualTo(1);
        assertThat(close.byteOffset()).isEqualTo(src.length() - 1);
    }

    @Test
    void crlfFileWithoutTrailingNewline() {
        byte[] src = bytes("package p\r\n\r\nvar x = 1");
        GoFile f = parseOk(src);
        assertThat(f.lineEnding()).isEqualTo(LineEnding.CRLF);
        assertThat(codeTexts(f)).containsSubsequence("var", "x", "=", "1");
    }

    // ---------------------------------------------------------------------------------------
    // BOM and invalid UTF-8
    // ---------------------------------------------------------------------------------------

    @Test
    void byteOrderMark() {
        byte[] src = bytes(0xEF, 0xBB, 0xBF, "package p\n\nvar x = 1\n");
        GoFile f = parseOk(src);
        assertThat(f.hasBom()).isTrue();
        assertThat(f.bytes()).isEqualTo(src);
        assertThat(shape(f)).isEqualTo("package p $ var x = 1 $");
        assertThat(codeToken(f, 3, "x").column()).isEqualTo(5);
        assertThat(codeToken(f, 3, "x").byteOffset()).isEqualTo(3 + "package p\n\nvar ".length());
        assertTokensPointAtTheirText(f);
    }

    @Test
    void crlfFileWithByteOrderMark() {
        byte[] src = bytes(0xEF, 0xBB, 0xBF, "package p\r\n\r\nvar x = 1\r\n");
        GoFile f = parseOk(src);
        assertThat(f.hasBom()).isTrue();
        assertThat(f.lineEnding()).isEqualTo(LineEnding.CRLF);
        assertThat(implicitSemicolons(f)).isEqualTo(2);
    }

    static final byte[] INVALID_IN_COMMENT = bytes(
            "package p\n\n// bad byte ", 0xFF, " and truncated ", 0xE2, 0x82, "\nvar x = 1\n");

    static final byte[] INVALID_IN_STRING = bytes(
            "package p\n\nvar s = \"", 0xFF, "-", 0xE2, 0x82, "\"; var x = 1\n");

    static final byte[] INVALID_IN_RAW_STRING_AND_BLOCK_COMMENT = bytes(
            "package p\n\n/* ", 0xE2, 0x82, " */\nvar s = `", 0xFF, "\n", 0xE2, 0x82, "`\n");

    @Test
    void invalidUtf8InLineComment() {
        GoFile f = parseOk(INVALID_IN_COMMENT);
        assertThat(f.text()).contains("// bad byte \uDCFF and truncated \uDCE2\uDC82\n");
        assertThat(f.tokens()).filteredOn(GoToken::isComment).extracting(GoToken::text)
                .containsExactly("// bad byte \uDCFF and truncated \uDCE2\uDC82");
        assertThat(shape(f)).isEqualTo("package p $ var x = 1 $");
        assertThat(codeToken(f, 4, "x").byteOffset()).isEqualTo(bytesBefore(INVALID_IN_COMMENT, "x = 1"));
    }

    @Test
    void invalidUtf8InStringLiteral() {
        GoFile f = parseOk(INVALID_IN_STRING);
        assertThat(codeTexts(f)).contains("\"\uDCFF-\uDCE2\uDC82\"");
        // x follows 3 invalid bytes; each counts as one byte (and one char) in positions
        GoToken x = codeToken(f, 3, "x");
        assertThat(x.byteOffset()).isEqualTo(bytesBefore(INVALID_IN_STRING, "x = 1"));
        assertThat(x.column()).isEqualTo("var s = \"_-__\"; var ".length() + 1);
        assertThat(x.offset()).isEqualTo(f.text().indexOf("x = 1"));
    }

    @Test
    void invalidUtf8InRawStringAndBlockComment() {
        GoFile f = parseOk(INVALID_IN_RAW_STRING_AND_BLOCK_COMMENT);
        assertThat(codeTexts(f)).contains("`\uDCFF\n\uDCE2\uDC82`");
        assertThat(f.tokens()).filteredOn(GoToken::isComment).extracting(GoToken::text)
                .containsExactly("/* \uDCE2\uDC82 */");
    }

    /** The byte offset of the first occurrence of the ASCII string {@code needle} in {@code src}. */
    static int bytesBefore(byte[] src, String needle) {
        byte[] n = needle.getBytes(UTF_8);
        outer:
        for (int i = 0; i + n.length <= src.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (src[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError(needle + " not found");
    }

    // ---------------------------------------------------------------------------------------
    // tabs, comments-only files
    // ---------------------------------------------------------------------------------------

    @Test
    void tabsCountAsOneColumn() {
        String src = """
                package p

                func f(x int) int {
                	if x > 0 {
                		return	x
                	}
                	return 0
                }
                """;
        GoFile f = parseOk(src);
        assertThat(codeToken(f, 4, "if").column()).isEqualTo(2);
        assertThat(codeToken(f, 5, "return").column()).isEqualTo(3);
        assertThat(codeToken(f, 5, "x").column()).isEqualTo(10);
    }

    @Test
    void fileWithOnlyCommentsAndPackageClause() {
        String src = """
                // Copyright 2024 The Authors.
                // Use of this source code is governed by a BSD-style license.

                /*
                Package p does things.
                */
                package p // trailing comment
                /* after */
                """;
        GoFile f = parseOk(src);
        assertThat(codeTexts(f)).startsWith("package", "p");
        assertThat(implicitSemicolons(f)).isEqualTo(1);
        assertThat(f.tokens()).filteredOn(GoToken::isComment).extracting(GoToken::text).containsExactly(
                "// Copyright 2024 The Authors.",
                "// Use of this source code is governed by a BSD-style license.",
                "/*\nPackage p does things.\n*/",
                "// trailing comment",
                "/* after */");
        assertThat(codeToken(f, 7, "package").column()).isEqualTo(1);
    }

    // ---------------------------------------------------------------------------------------
    // token offsets and positions
    // ---------------------------------------------------------------------------------------

    @Test
    void positionsOnALineWithMultiByteCharacters() {
        String src = """
                package p

                func f() {
                	s := "é"; x := 1
                	t := "é\uD83D\uDE00日"; y := 2
                	_, _, _, _ = s, x, t, y
                }
                """;
        GoFile f = parseOk(src);

        GoToken x = codeToken(f, 4, "x");
        // tab s space : = space " é(2 bytes) " ; space -> x is the 13th byte of the line (12th char)
        assertThat(x.column()).isEqualTo(13);
        assertThat(x.offset()).isEqualTo(src.indexOf("x := 1"));
        assertThat(x.byteOffset()).isEqualTo(src.indexOf("x := 1") + 1);

        GoToken y = codeToken(f, 5, "y");
        // é is 2 bytes (1 char), the emoji 4 bytes (2 chars), 日 3 bytes (1 char)
        assertThat(y.column()).isEqualTo(20);
        assertThat(y.offset()).isEqualTo(src.indexOf("y := 2"));
        assertThat(y.byteOffset()).isEqualTo(src.substring(0, src.indexOf("y := 2")).getBytes(UTF_8).length);
        assertThat(y.byteOffset() - y.offset()).isEqualTo(1 + 1 + 2 + 2);
    }

    static Stream<Named<byte[]>> files() {
        return Stream.of(
                named("LF", SAMPLE.getBytes(UTF_8)),
                named("CRLF", crlf(SAMPLE)),
                named("mixed", bytes("package p\r\n\nvar a = 1\r\nvar b = `x\r\ny`\n")),
                named("no trailing newline", bytes("package p\n\nfunc f() { g() }")),
                named("multi-line block comment as newline", bytes("package p\n\nfunc f() {\n\tx := 1 /*\n\t*/ y := 2\n}\n")),
                named("multi-byte UTF-8", bytes("package p\n\n// héllo 日本 \uD83D\uDE00\nvar s = \"é\uD83D\uDE00\"; var x = 'é'\n")),
                named("invalid UTF-8 in comment", INVALID_IN_COMMENT),
                named("invalid UTF-8 in string", INVALID_IN_STRING),
                named("invalid UTF-8 in raw string and block comment", INVALID_IN_RAW_STRING_AND_BLOCK_COMMENT),
                named("tabs", bytes("package p\n\nfunc f() {\n\tif\tx {\n\t\tg(\t1,\t2)\n\t}\n}\n")));
    }

    /**
     * For every token: text() at its offset is its text; the tokens tile text() without gaps; its
     * byteOffset, line and byte column agree with a recount over text().
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyTokenPointsAtItsTextAndPosition(byte[] src) {
        GoFile f = parseOk(src);
        assertTokensPointAtTheirText(f);

        String text = f.text();
        for (GoToken t : f.tokens()) {
            String before = text.substring(0, t.offset());
            int lineStart = before.lastIndexOf('\n') + 1;
            assertThat(t.byteOffset()).as("byteOffset of %s", t).isEqualTo(encodedLength(before));
            assertThat(t.line()).as("line of %s", t).isEqualTo(1 + (int) before.chars().filter(c -> c == '\n').count());
            assertThat(t.column()).as("column of %s", t).isEqualTo(1 + encodedLength(before.substring(lineStart)));
        }
    }

    /** text() at each token's offset is the token's text, and the tokens are contiguous. */
    static void assertTokensPointAtTheirText(GoFile f) {
        String text = f.text();
        List<GoToken> tokens = f.tokens();
        assertThat(tokens).isNotEmpty();
        int end = tokens.get(0).offset();
        for (GoToken t : tokens) {
            assertThat(t.offset()).as("offset of %s (previous token ends at %d)", t, end).isEqualTo(end);
            assertThat(text.substring(t.offset(), t.offset() + t.text().length())).as("text at offset of %s", t)
                    .isEqualTo(t.text());
            end = t.offset() + t.text().length();
        }
        assertThat(end).as("the last token ends at the end of text()").isEqualTo(text.length());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void codeTokensAreTheNonHiddenTokens(byte[] src) {
        GoFile f = parseOk(src);
        assertThat(f.codeTokens()).containsExactlyElementsOf(f.tokens().stream().filter(t -> !t.hidden()).toList());
        assertThat(f.tokens()).filteredOn(GoToken::isComment).allMatch(GoToken::hidden);
        assertThat(f.codeTokens()).filteredOn(GoToken::isImplicitSemicolon)
                .allSatisfy(t -> assertThat(t.isSemicolon()).isTrue())
                .allSatisfy(t -> assertThat(t.text()).isIn("", "\n", "\r\n"));
        assertThat(f.tokens()).noneMatch(t -> t.text().isEmpty() && !t.isImplicitSemicolon());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void roundTripAndBytes(byte[] src) {
        GoFile f = GoFile.parse("x.go", src.clone());
        assertThat(f.bytes()).isEqualTo(src);
        assertThat(f.roundTrip()).isEqualTo(src);
        assertThat(f.path()).isEqualTo("x.go");
    }
}
