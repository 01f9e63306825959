package dev.gorewrite.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.golang.GoFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Named wildcards ($...NAME): what they bind, and how a binding lands at another indentation. */
class MatcherTest {
    private static final String SOURCE = """
            package p

            func f() {
            	run(ctx, a, b)
            	run(ctx)
            	pair(x+1, x+1)
            	pair(x+1, x+2)
            }
            """;

    private static List<Match> find(String pattern) throws PatternException {
        GoFile file = GoFile.parse("p.go", SOURCE.getBytes(StandardCharsets.UTF_8));
        return Matcher.findAll(CodeIndex.of(file), Pattern.compile(pattern));
    }

    @Test
    void aNamedWildcardBindsItsRunAndMayBeEmpty() throws Exception {
        List<Match> found = find("run(ctx$...REST)");

        assertThat(found).extracting(Match::bindings)
                .containsExactly(Map.of("$...REST", ", a, b"), Map.of("$...REST", ""));
    }

    @Test
    void theSameNamedWildcardTwiceMustMatchTheSameCode() throws Exception {
        List<Match> found = find("pair($...A, $...A)");

        assertThat(found).hasSize(1);
        assertThat(found.get(0).bindings()).containsExactly(Map.entry("$...A", "x+1"));
    }

    @Test
    void aBindingOfSeveralLinesTakesTheIndentationOfItsNewPlace() throws Exception {
        String file = "package p\n\nfunc f() {\n\tif on {\n\t\ta()\n\t\ts := `x\n\t\ty`\n\n\t\tb(1,\n\t\t\t2)\n\t}\n}\n";
        Match m = Matcher.findAll(CodeIndex.of(GoFile.parse("p.go", file.getBytes(StandardCharsets.UTF_8))),
                Pattern.compile("if on {\n\t$...BODY\n}")).get(0);
        String body = m.bindings().get("$...BODY");

        // Taken with the indentation of its first line off; the raw string's own line stays as it is.
        assertThat(body).isEqualTo("a()\ns := `x\n\t\ty`\n\nb(1,\n\t2)");
        assertThat(Pattern.compile("func g() {\n\t$...BODY\n}").substitute(m.bindings()))
                .isEqualTo("func g() {\n\ta()\n\ts := `x\n\t\ty`\n\n\tb(1,\n\t\t2)\n}");
    }
}
