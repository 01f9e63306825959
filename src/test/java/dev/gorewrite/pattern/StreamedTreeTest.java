package dev.gorewrite.pattern;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.golang.TreeSink;
import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.antlr.GoParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file's pattern tree built a declaration at a time, as the parser finishes each, is the tree
 * built from the whole ANTLR tree, and the file has the same errors.
 */
class StreamedTreeTest {
    private static final String FILE = """
            package p

            import (
            \t"fmt"
            \tx "strings"
            )

            import "os"

            const (
            \tA = iota
            \tB
            )

            type T[P any] struct{ a, b int }

            var table = [...][2]int{{1, 2}, {3, 4}, [2]int{5, 6}}

            func (t *T[P]) M(a, b int, rest ...string) (int, error) {
            \tfor i := range []int{1, 2} {
            \t\tfmt.Println(i, x.ToUpper("a"), os.Args)
            \t}
            \tswitch v := any(t).(type) {
            \tcase nil:
            \t\treturn 0, nil
            \t}
            \treturn a + b, nil
            }
            """;

    @ParameterizedTest
    @ValueSource(strings = {FILE, "package p\n", "package p\n\nimport \"fmt\"\n",
            "package p\n\nvar x = [...]int{1, 2}\nvar y [...]int\n\nfunc f() { _ = [...]string{\"a\"} }\n",
            "package p\n\nfunc f() {\n\tgo f\n}\n\nvar a = [...]int{1}\nvar b = [...]int(nil)\n",
            "package p\n\nfunc f() {\n\tx := [\n}\n",
            "package p\n\nvar x = 'ab'\n"})
    void theStreamedTreeIsTheTreeBuiltWhole(String source) {
        byte[] bytes = source.getBytes(UTF_8);
        GoFile whole = GoFile.parse("p.go", bytes);

        SyntaxTree streamed = SyntaxTree.streamed("p.go", bytes);

        // A file whose fast pass fails has a syntax error and gets no nodes: it is never matched.
        Node expected = whole.usedLlFallback() && !whole.ok() ? null : SyntaxTree.build(whole.tree(), false);
        assertThat(SameNodes.firstDifference(streamed.root(), expected)).isEmpty();
        assertThat(streamed.file().errors()).isEqualTo(whole.errors());
    }

    @Test
    void aSquareEllipsisOutsideALiteralIsFoundInEveryDeclaration() {
        String source = "package p\n\nvar x = [...]int(nil)\n\nvar y = [...]int{1}\n\nfunc f() { g([...]int) }\n";

        GoFile file = SyntaxTree.streamed("p.go", source.getBytes(UTF_8)).file();

        assertThat(file.errors()).extracting(e -> e.line() + ":" + e.column() + " " + e.message())
                .containsExactly("3:10 expected array length, found '...'", "7:15 expected array length, found '...'");
    }

    @Test
    void eachDeclarationIsCutLooseOnceHandedOverSoTheWholeTreeNeverExists() {
        List<String> seen = new ArrayList<>();
        TreeSink sink = new Recording(seen);

        GoFile.parse("p.go", FILE.getBytes(UTF_8), sink);

        // {{1, 2}, {3, 4}, [2]int{5, 6}}: each inner pair, then the element holding it; then []int{1, 2}'s pair.
        String element = "element 0 earlier whole, ";
        assertThat(String.join(", ", seen)).isEqualTo("const 0 earlier whole, type 0 earlier whole, "
                + element.repeat(9) + "var 0 earlier whole, " + element.repeat(2) + "func 0 earlier whole, "
                + "file: imports 2 whole, declarations 4 hollow");
    }

    @Test
    void aStreamedFileParsesItsWholeTreeAgainWhenAskedForIt() {
        GoFile file = SyntaxTree.streamed("p.go", FILE.getBytes(UTF_8)).file();

        assertThat(file.tree().topLevelDecl()).hasSize(4).allSatisfy(d -> assertThat(d.getChildCount()).isEqualTo(1));
        assertThat(file.tree().getText()).isEqualTo(GoFile.parse("p.go", FILE.getBytes(UTF_8)).tree().getText());
    }

    @Test
    void aFileWithASyntaxErrorKeepsItsWholeTreeAndTheSinkDiscardsWhatItGot() {
        List<String> seen = new ArrayList<>();

        GoFile file = GoFile.parse("p.go", "package p\n\nvar a = 1\n\nfunc f( {\n}\n".getBytes(UTF_8), new Recording(seen));

        // The declaration the error is in may be handed over half-built as the error unwinds: it is discarded too.
        assertThat(seen).startsWith("var 0 earlier whole").endsWith("discarded").noneMatch(e -> e.startsWith("file"));
        assertThat(file.ok()).isFalse();
        assertThat(file.tree().topLevelDecl(0).getChildCount()).isEqualTo(1);
    }

    /** Says what it is given, and how many of its kind before it in its parent still have their nodes. */
    private record Recording(List<String> seen) implements TreeSink {
        @Override
        public void subtree(ParserRuleContext finished) {
            String what = finished instanceof GoParser.KeyedElementContext ? "element" : finished.getStart().getText();
            seen.add(what + " " + whole(finished.getParent(), finished) + " earlier whole");
        }

        private static long whole(ParserRuleContext parent, ParseTree upTo) {
            return parent.children.stream().takeWhile(c -> c != upTo)
                    .filter(c -> c.getClass() == upTo.getClass() && c.getChildCount() > 0).count();
        }

        @Override
        public void file(GoParser.SourceFileContext root) {
            long hollow = root.topLevelDecl().stream().filter(d -> d.getChildCount() == 0).count();
            long imports = root.importDecl().stream().filter(d -> d.getChildCount() > 0).count();
            seen.add("file: imports " + imports + " whole, declarations " + hollow + " hollow");
        }

        @Override
        public void discard() {
            seen.add("discarded");
        }
    }
}
