package dev.gorewrite.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.GoSources;
import dev.gorewrite.golang.GoToken;
import dev.gorewrite.golang.antlr.GoLexer;
import dev.gorewrite.recipe.Recipe;
import dev.gorewrite.recipe.RecipeLoader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random codemods over real files: whatever callee a recipe names and whatever it does with the
 * calls (rename, wrap, delete the lines), the result parses or the file is left byte for byte,
 * nothing throws, and a second run on a changed file changes nothing. The callee is drawn from the
 * file's own calls, so most tries really rewrite something.
 */
class RewriteFuzzIT {
    /** What the random recipe does with every `NAME(…)`. */
    enum Action {
        RENAME("replace: {from: \"NAME($...A)\", to: \"NAMEFuzzed($...A)\"}"),
        WRAP_ONCE("replace: {from: \"NAME($X)\", to: \"fuzzWrap(NAME($X))\"}"),
        DELETE("delete: \"NAME($...A)\"");

        private final String edit;

        Action(String edit) {
            this.edit = edit;
        }
    }

    @Property(tries = 150)
    void aRandomCodemodLeavesAParsingFileOrTheSameBytes(@ForAll("realFiles") byte[] bytes,
            @ForAll("fractions") double which, @ForAll Action action) throws Exception {
        List<String> callees = callees(bytes);
        String name = callees.isEmpty() ? "absentCallee" : callees.get((int) (which * callees.size()));
        Recipe recipe = RecipeLoader.load("fuzz.yaml", """
                id: fuzz/codemod
                title: a random codemod
                guide: fuzz
                files: ["**/*.go"]
                edits:
                  - guide: fuzzed
                    matches: all
                    EDIT
                """.replace("EDIT", action.edit.replace("NAME", name)));

        FileOutcome once = Parallel.map(List.of(bytes), b -> Rewriter.rewrite("fuzz.go", b, List.of(recipe))).get(0);

        if (once.status() == FileOutcome.Status.CHANGED) {
            assertThat(GoFile.parse("fuzz.go", once.after()).errors()).as(name + " " + action).isEmpty();
            FileOutcome again = Parallel.map(List.of(once.after()),
                    b -> Rewriter.rewrite("fuzz.go", b, List.of(recipe))).get(0);
            assertThat(again.status()).as(name + " " + action + " second run " + again.problems())
                    .isEqualTo(FileOutcome.Status.UNCHANGED);
        } else {
            assertThat(once.after()).as(name + " " + action + " " + once.problems()).isEqualTo(bytes);
        }
    }

    /** Names called in the file (`name(` in its code tokens), in order, repeats included. */
    private static List<String> callees(byte[] bytes) {
        List<GoToken> code = GoFile.lex("f.go", bytes).codeTokens();
        List<String> out = new ArrayList<>();
        for (int i = 1; i + 1 < code.size(); i++) {
            if (code.get(i).type() == GoLexer.IDENTIFIER && code.get(i + 1).type() == GoLexer.L_PAREN
                    && code.get(i - 1).type() != GoLexer.FUNC && !code.get(i).text().startsWith("_")) {
                out.add(code.get(i).text());
            }
        }
        return out;
    }

    @Provide
    Arbitrary<byte[]> realFiles() {
        return GoSources.realFiles();
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 0.99).ofScale(2);
    }
}
