package dev.gorewrite.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.edit.Edit;
import dev.gorewrite.golang.GoFile;
import dev.gorewrite.recipe.Recipe;
import dev.gorewrite.recipe.RecipeImports;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The guess that picks how the imports step works: what in a recipe's text changes makes it say "changed". */
class ImportForecastTest {
    private static final String FILE = "package p\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n)\n\nfunc f(log L) error {\n"
            + "\tlog.V(0).Info(\"x\")\n\tfmt.Println()\n\treturn errors.New(\"e\")\n}\n";

    @Test
    void aNameNeitherImportedNorUsedBeforeIsLikelyANewImport() {
        assertThat(guess(replace("fmt.Println()", "os.Exit(1)"))).isTrue();
    }

    @Test
    void takingAwayTheLastUseOfAnImportedNameIsLikelyARemoval() {
        assertThat(guess(replace("errors.New(\"e\")", "fmt.Errorf(\"e\")"))).isTrue();
    }

    @Test
    void namesTheFileUsedAlreadyAndImportsStillUsedChangeNothing() {
        assertThat(guess(replace("log.V(0).Info(\"x\")", "log.Info(\"x\")"))).isFalse();
        assertThat(guess(replace("fmt.Println()", "fmt.Print()"))).isFalse();
    }

    @Test
    void aRecipeThatAddsOrRemovesImportsItselfIsTakenAtItsWord() {
        Recipe adds = recipe(new RecipeImports(Map.of(), List.of(new RecipeImports.Spec("", "os")), List.of()));

        assertThat(ImportForecast.likelyChanged(parse(), List.of(replace("fmt.Println()", "fmt.Print()")), adds)).isTrue();
    }

    private static boolean guess(Edit edit) {
        return ImportForecast.likelyChanged(parse(), List.of(edit), recipe(RecipeImports.NONE));
    }

    private static Edit replace(String from, String to) {
        int at = FILE.indexOf(from);
        return new Edit(at, at + from.length(), to);
    }

    private static Recipe recipe(RecipeImports imports) {
        return new Recipe("test/r", "t", "g", "r.yaml", List.of("**/*.go"), List.of(), List.of(), imports);
    }

    private static GoFile parse() {
        return GoFile.parse("p.go", FILE.getBytes(StandardCharsets.UTF_8));
    }
}
