package dev.gorewrite.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorewrite.golang.GoFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The structural matcher: what a pattern matches, what its names bind, and where it never reaches. */
class MatcherTest {
    private static final String SOURCE = """
            package p

            func Setup() {}

            func f() {
            	run(ctx, a, b)
            	run(ctx)
            	pair(x+1, x+1)
            	pair(x+1, x+2)
            	Setup()
            	t.Setup()
            	f(f(x))
            }
            """;

    private static String text;

    private static List<Match> find(String source, String pattern) throws PatternException {
        text = source;
        GoFile file = GoFile.parse("p.go", source.getBytes(StandardCharsets.UTF_8));
        assertThat(file.errors()).isEmpty();
        return Matcher.findAll(SyntaxTree.of(file), Pattern.compile(pattern));
    }

    private static List<String> matched(String source, String pattern) throws PatternException {
        return find(source, pattern).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void aNamedWildcardBindsWholeArgumentsAndMayBeEmpty() throws Exception {
        List<Match> found = find(SOURCE, "run(ctx, $...REST)");

        assertThat(found).extracting(m -> m.bindings(text))
                .containsExactly(Map.of("$...REST", "a, b"), Map.of("$...REST", ""));
    }

    @Test
    void aRunOnItsOwnLineAlsoMatchesNoStatementsAtAll() throws Exception {
        String source = "package p\n\nfunc f() {\n\tif legacyMode {\n\t}\n\tfinish()\n}\n";
        List<Match> found = find(source, "if legacyMode {\n\t$...BODY\n}\nfinish()");

        assertThat(found).hasSize(1);
        assertThat(found.get(0).bindings(text)).containsExactly(Map.entry("$...BODY", ""));
    }

    @Test
    void theSameNameTwiceMustMatchTheSameCode() throws Exception {
        List<Match> found = find(SOURCE, "pair($A, $A)");

        assertThat(found).hasSize(1);
        assertThat(found.get(0).bindings(text)).containsExactly(Map.entry("$A", "x+1"));
    }

    @Test
    void aCallPatternMatchesTheCallNotTheDeclarationNorAMethodCall() throws Exception {
        assertThat(matched(SOURCE, "Setup()")).containsExactly("Setup()");
        assertThat(matched(SOURCE, "$X.Setup()")).containsExactly("t.Setup()");
    }

    @Test
    void nestedCallsAreEachAMatchTheEnclosingOneFirst() throws Exception {
        assertThat(matched(SOURCE, "f($X)")).containsExactly("f(f(x))", "f(x)");
    }

    @Test
    void aWildcardNeverRunsPastTheEndOfItsFunction() throws Exception {
        String source = """
                package p

                func A(x int) {
                	use(x)
                }

                func B(ctx context.Context) error {
                	return context.Background().Err()
                }
                """;
        assertThat(matched(source, "func $F(ctx context.Context, $...P) $...R { ... }"))
                .containsExactly(source.substring(source.indexOf("func B"), source.length() - 1));
        assertThat(matched(source, "func $F($...P) $...R {\n\tuse(x)\n}"))
                .containsExactly(source.substring(source.indexOf("func A"), source.indexOf("\n\nfunc B")));
    }

    @Test
    void aRunOfStatementsMatchesConsecutiveStatementsOfOneBlock() throws Exception {
        String source = "package p\n\nfunc f() {\n\ta()\n\tb()\n\tif c {\n\t\ta()\n\t}\n\tb()\n}\n";
        assertThat(matched(source, "a()\nb()")).containsExactly("a()\n\tb()");
    }

    @Test
    void aKeyedElementWithItsCommaMatchesTheLastElementToo() throws Exception {
        String source = "package p\n\nvar v = T{\n\tName: \"a\",\n\tEnv:  \"b\",\n}\n\nvar w = T{Env: \"b\"}\n";
        assertThat(matched(source, "Env: \"b\",")).containsExactly("Env:  \"b\"", "Env: \"b\"");
    }

    @Test
    void anExpressionPatternAlsoMatchesTheSameType() throws Exception {
        String source = "package p\n\nvar b []byte = []byte(s)\n";
        assertThat(matched(source, "[]byte")).containsExactly("[]byte", "[]byte");
    }

    @Test
    void theBodyOfARunTakesItsCommentsAlong() throws Exception {
        String file = "package p\n\nfunc f() {\n\tif on {\n\t\t// first\n\t\ta() // trailing\n\t\t// last\n\t}\n}\n";
        Match m = find(file, "if on {\n\t$...BODY\n}").get(0);

        assertThat(m.bindings(text).get("$...BODY")).isEqualTo("// first\na() // trailing\n// last");
    }

    @Test
    void aBindingOfSeveralLinesTakesTheIndentationOfItsNewPlace() throws Exception {
        String file = "package p\n\nfunc f() {\n\tif on {\n\t\ta()\n\t\ts := `x\n\t\ty`\n\n\t\tb(1,\n\t\t\t2)\n\t}\n}\n";
        Match m = find(file, "if on {\n\t$...BODY\n}").get(0);
        String body = m.bindings(text).get("$...BODY");

        // Taken with the indentation of its first line off; the raw string's own line stays as it is.
        assertThat(body).isEqualTo("a()\ns := `x\n\t\ty`\n\nb(1,\n\t2)");
        assertThat(Pattern.compile("func g() {\n\t$...BODY\n}").substitute(m.bindings(text)))
                .isEqualTo("func g() {\n\ta()\n\ts := `x\n\t\ty`\n\n\tb(1,\n\t\t2)\n}");
    }

    @Test
    void namesAndWildcardsAloneMatchNothing() throws Exception {
        assertThat(Pattern.compile("$...A").matchesAnything()).isTrue();
        assertThat(find(SOURCE, "$X")).isEmpty();
    }

    @Test
    void aBoundRunEndingInALineCommentPutsTheCommentAtTheEndOfItsNewLine() throws Exception {
        Map<String, String> bound = Map.of("$...A", "b, // the second file", "$X", "x");

        assertThat(Pattern.compile("y := os.ReadFile($...A)").substitute(bound))
                .isEqualTo("y := os.ReadFile(b) // the second file");
        assertThat(Pattern.compile("y := g($...A, $X)").substitute(bound))
                .isEqualTo("y := g(b /* the second file */, x)");
    }

    @Test
    void manyWildcardsOverALongListStayPolynomial() throws Exception {
        StringBuilder call = new StringBuilder("package p\n\nvar _ = g(");
        for (int i = 0; i < 3000; i++) {
            call.append("a").append(i).append(", ");
        }
        call.append("zzz1)\n");
        String pattern = "g(..., ..., ..., ..., ..., ..., zzz2)";

        assertThat(find(call.toString(), pattern)).isEmpty();
        assertThat(find(call.toString(), pattern.replace("zzz2", "zzz1"))).hasSize(1);
    }

    @Test
    void aSearchPastItsBudgetGivesUpInsteadOfRunningForHours() throws Exception {
        StringBuilder call = new StringBuilder("package p\n\nvar _ = g(");
        call.append("x, ".repeat(3000)).append("y)\n");
        // A name used twice turns the memo off; three gaps over 3,000 equal arguments would take ~10^10 steps.
        String pattern = "g($A, ..., $A, ..., $A, ..., zzz)";

        assertThatThrownBy(() -> find(call.toString(), pattern)).isInstanceOf(MatchTooCostly.class)
                .hasMessage("matching took too long (pattern `g($A, ..., $A, ..., $A, ..., zzz)`)");
    }

    @Test
    void aPatternThatIsNoGoOfOneKindIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> Pattern.compile("x := := 1")).isInstanceOf(PatternException.class)
                .hasMessageContaining("is not Go code of one kind");
        assertThatThrownBy(() -> Pattern.compile("f(x))(")).isInstanceOf(PatternException.class)
                .hasMessageContaining("is not Go code of one kind");
    }
}
