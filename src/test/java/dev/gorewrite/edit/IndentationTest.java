package dev.gorewrite.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IndentationTest {

    /** What every snippet below should become inside a function body of a tab-indented file. */
    private static final String TAB_FITTED = """
            \tif err != nil {
            \t\tfor _, x := range xs {
            \t\t\tuse(x)
            \t\t}

            \t\treturn err
            \t}""";

    @Test
    void fitsAFourSpaceSnippet() {
        String snippet = """
                if err != nil {
                    for _, x := range xs {
                        use(x)
                    }

                    return err
                }""";

        assertThat(Indentation.fit(snippet, "\t", "\n", true)).isEqualTo(TAB_FITTED);
    }

    @Test
    void fitsATabSnippet() {
        String snippet = "if err != nil {\n\tfor _, x := range xs {\n\t\tuse(x)\n\t}\n\n\treturn err\n}";

        assertThat(Indentation.fit(snippet, "\t", "\n", true)).isEqualTo(TAB_FITTED);
    }

    @Test
    void fitsATwoSpaceSnippetWithCommonIndentation() {
        // The whole block is shifted by four spaces, and the blank line has stray spaces.
        String snippet = """
                    if err != nil {
                      for _, x := range xs {
                        use(x)
                      }
                     \s
                      return err
                    }
                """;

        assertThat(snippet).startsWith("    if");
        assertThat(Indentation.fit(snippet, "\t", "\n", true)).isEqualTo(TAB_FITTED + "\n");
    }

    @Test
    void usesFourSpacesPerLevelWithoutTabs() {
        String snippet = "a {\n  b {\n    c\n  }\n}";

        assertThat(Indentation.fit(snippet, "  ", "\n", false))
                .isEqualTo("  a {\n      b {\n          c\n      }\n  }");
    }

    @Test
    void joinsWithTheFileLineSeparatorAndKeepsAFinalNewline() {
        String snippet = "x := 1\r\nif x > 0 {\r\n    y()\r\n}\n";

        assertThat(Indentation.fit(snippet, "\t\t", "\r\n", true))
                .isEqualTo("\t\tx := 1\r\n\t\tif x > 0 {\r\n\t\t\ty()\r\n\t\t}\r\n");
    }

    @Test
    void keepsAlignmentSpacesBeyondWholeLevels() {
        String snippet = "call(a,\n      b)\n    x";

        assertThat(Indentation.fit(snippet, "", "\n", true)).isEqualTo("call(a,\n\t  b)\n\tx");
    }

    @Test
    void oneLineSnippet() {
        assertThat(Indentation.fit("   return nil", "\t", "\n", true)).isEqualTo("\treturn nil");
    }

    @Test
    void findsTheLineAndItsIndentation() {
        String text = "func f() {\r\n\t\tx := 1\r\n  \r\n}";
        int x = text.indexOf('x');
        int blank = text.indexOf("  \r\n");

        assertThat(Indentation.indentOfLine(text, x)).isEqualTo("\t\t");
        assertThat(Indentation.indentOfLine(text, blank + 3)).isEqualTo("  ");
        assertThat(Indentation.indentOfLine(text, 0)).isEmpty();
        assertThat(Indentation.lineStart(text, x)).isEqualTo(text.indexOf("\t\t"));
        assertThat(Indentation.lineStart(text, 0)).isZero();
        assertThat(Indentation.lineStart(text, text.length())).isEqualTo(text.lastIndexOf('}'));
        assertThat(Indentation.nextLineStart(text, x)).isEqualTo(blank);
        assertThat(Indentation.nextLineStart(text, text.length() - 1)).isEqualTo(text.length());
    }

    @Test
    void aNewlineBelongsToTheLineItEnds() {
        String text = "ab\ncd\n";

        assertThat(Indentation.lineStart(text, 2)).isZero();
        assertThat(Indentation.nextLineStart(text, 2)).isEqualTo(3);
        assertThat(Indentation.lineStart(text, 6)).isEqualTo(6);
        assertThat(Indentation.nextLineStart(text, 6)).isEqualTo(6);
    }

    @Test
    void rejectsOffsetsOutsideTheText() {
        assertThatThrownBy(() -> Indentation.lineStart("abc", 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Indentation.nextLineStart("abc", -1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
