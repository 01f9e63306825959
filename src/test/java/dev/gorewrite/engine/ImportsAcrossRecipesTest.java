package dev.gorewrite.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.recipe.Recipe;
import dev.gorewrite.recipe.RecipeLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recipes are applied one after another, each followed by its imports: an import that one recipe
 * stops using stays while another use is left, and goes with the recipe that removes the last one.
 */
class ImportsAcrossRecipesTest {
    private static final String FILE = """
            package conf

            import (
            	"bytes"
            	"io/ioutil"
            )

            func load(p string) ([]byte, error) {
            	b, err := ioutil.ReadFile(p)
            	if err != nil {
            		return nil, err
            	}
            	return ioutil.ReadAll(bytes.NewReader(b))
            }
            """;

    @Test
    void theImportGoesWithTheRecipeThatRemovesItsLastUse() throws Exception {
        FileOutcome o = Rewriter.rewrite("conf.go", FILE.getBytes(StandardCharsets.UTF_8),
                List.of(recipe("readfile", "ReadFile", "os"), recipe("readall", "ReadAll", "io")));

        assertThat(o.problems()).isEmpty();
        assertThat(new String(o.after(), StandardCharsets.UTF_8)).startsWith("""
                package conf

                import (
                	"bytes"
                	"io"
                	"os"
                )
                """);
        assertThat(o.edits()).extracting(EditOutcome::detail)
                .containsExactly("1 match; imports: +os", "1 match; imports: +io -io/ioutil");
    }

    @Test
    void anImportStillUsedByCodeAnotherRecipeLeavesStays() throws Exception {
        FileOutcome o = Rewriter.rewrite("conf.go", FILE.getBytes(StandardCharsets.UTF_8),
                List.of(recipe("readfile", "ReadFile", "os"), recipe("nothing", "Discard", "io")));

        assertThat(o.status()).isEqualTo(FileOutcome.Status.CHANGED);
        assertThat(new String(o.after(), StandardCharsets.UTF_8)).contains("\t\"io/ioutil\"\n\t\"os\"\n")
                .contains("return ioutil.ReadAll(");
    }

    private static Recipe recipe(String id, String function, String home) throws Exception {
        return RecipeLoader.load(id + ".yaml", """
                id: test/%s
                title: ioutil.%s moves to %s
                guide: test
                files: ["**/*.go"]
                edits:
                  - guide: %s
                    matches: all
                    replace: {from: ioutil.%s($...A), to: %s.%s($...A)}
                """.formatted(id, function, home, function, function, home, function));
    }
}
