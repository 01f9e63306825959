package dev.gorewrite.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlankLinesTest {

    /** Deletes the whole lines from the one containing {@code first} through the one containing {@code last}. */
    private static String deleteLines(String text, String first, String last) {
        int start = Indentation.lineStart(text, text.indexOf(first));
        int end = Indentation.nextLineStart(text, text.indexOf(last));
        return Edits.apply(text, List.of(BlankLines.widenDeletion(text, start, end)));
    }

    @Test
    void aBraceAtTheEndOfACommentOpensNoBlock() {
        String text = """
                func f() {
                	a()
                	// see the block {

                	drop()

                	b()
                }
                """;

        assertThat(deleteLines(text, "drop()", "drop()")).isEqualTo("""
                func f() {
                	a()
                	// see the block {

                	b()
                }
                """);
    }

    @Test
    void blockBetweenTwoBlankLinesLeavesOne() {
        String text = """
                func f() {
                	a()

                	// drop me
                	drop()

                	b()
                }
                """;

        assertThat(deleteLines(text, "// drop me", "drop()")).isEqualTo("""
                func f() {
                	a()

                	b()
                }
                """);
    }

    @Test
    void severalBlankLinesAroundCollapseToOne() {
        String text = "a()\n\n\t\n\ndrop()\n \n\nb()\n";

        assertThat(deleteLines(text, "drop", "drop")).isEqualTo("a()\n\nb()\n");
    }

    @Test
    void blockAtTheStartOfABodyTakesTheBlankLineBelow() {
        String text = """
                func f() {
                	drop()

                	b()
                }
                """;

        assertThat(deleteLines(text, "drop", "drop")).isEqualTo("""
                func f() {
                	b()
                }
                """);
    }

    @Test
    void blockBeforeTheClosingBraceTakesTheBlankLineAbove() {
        String text = """
                func f() {
                	a()

                	if x {
                		drop()
                	}
                  \t
                }
                """;

        assertThat(deleteLines(text, "if x", "\t}")).isEqualTo("""
                func f() {
                	a()
                }
                """);
    }

    @Test
    void specsOfADeclarationGroupLeaveNoBlankLineInsideItsParentheses() {
        String text = """
                var (
                	first = 1

                	middle = 2

                	last = 3
                )
                """;

        assertThat(deleteLines(text, "first", "first")).isEqualTo("var (\n\tmiddle = 2\n\n\tlast = 3\n)\n");
        assertThat(deleteLines(text, "last", "last")).isEqualTo("var (\n\tfirst = 1\n\n\tmiddle = 2\n)\n");
        assertThat(deleteLines(text, "middle", "middle")).isEqualTo("var (\n\tfirst = 1\n\n\tlast = 3\n)\n");
    }

    @Test
    void blockWithNoBlankLinesAroundIsDeletedAsGiven() {
        String text = "func f() {\n\ta()\n\tdrop()\n\tb()\n}\n";
        int start = text.indexOf("\tdrop");
        int end = text.indexOf("\tb()");

        assertThat(BlankLines.widenDeletion(text, start, end)).isEqualTo(Edit.delete(start, end));
    }

    @Test
    void onlyBlankLineBelowIsKeptWhenNoneAbove() {
        String text = "a()\ndrop()\n\nb()\n";

        assertThat(deleteLines(text, "drop", "drop")).isEqualTo("a()\n\nb()\n");
    }

    @Test
    void crlfFileKeepsItsLineEndings() {
        String text = "func f() {\r\n\ta()\r\n\r\n\tdrop()\r\n\r\n\tb()\r\n\r\n\tlast()\r\n\r\n}\r\n";

        assertThat(deleteLines(text, "drop", "drop")).isEqualTo("func f() {\r\n\ta()\r\n\r\n\tb()\r\n\r\n\tlast()\r\n\r\n}\r\n");
        assertThat(deleteLines(text, "last", "last")).isEqualTo("func f() {\r\n\ta()\r\n\r\n\tdrop()\r\n\r\n\tb()\r\n}\r\n");
    }

    @Test
    void trailingDeclarationLeavesNoBlankLineAtTheEndOfTheFile() {
        String text = "package p\n\nfunc a() {}\n\nfunc drop() {}\n";

        assertThat(deleteLines(text, "func drop", "func drop")).isEqualTo("package p\n\nfunc a() {}\n");
    }

    @Test
    void rejectsADeletionNotOnLineStarts() {
        assertThatThrownBy(() -> BlankLines.widenDeletion("ab\ncd\n", 1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BlankLines.widenDeletion("ab\ncd\n", 0, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
