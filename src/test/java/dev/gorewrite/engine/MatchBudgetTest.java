package dev.gorewrite.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.recipe.Recipe;
import dev.gorewrite.recipe.RecipeLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file whose matching would take hours fails alone, with the pattern named; the other files still migrate. */
class MatchBudgetTest {
    private static final String RECIPE = """
            id: test/costly
            title: a pattern that is costly on one file
            guide: test guide
            files: ["**/*.go"]
            edits:
              - guide: "rename g"
                matches: all
                replace:
                  from: g($A, ..., $A, ..., $A, ..., zzz)
                  to: h($A)
              - guide: "rename old"
                matches: all
                replace:
                  from: old($X)
                  to: renewed($X)
            """;

    @Test
    void aFileTooCostlyToMatchFailsAloneAndTheOthersMigrate(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("costly.go"), "package p\n\nvar _ = g(" + "x, ".repeat(3000) + "y)\n\nvar _ = old(1)\n");
        Files.writeString(root.resolve("plain.go"), "package p\n\nvar _ = old(2)\n");
        Recipe recipe = RecipeLoader.load("costly.yaml", RECIPE);

        List<FileOutcome> outcomes = Migration.run(root, List.of(recipe), false);

        assertThat(outcomes).extracting(FileOutcome::path).containsExactly("costly.go", "plain.go");
        FileOutcome costly = outcomes.get(0);
        assertThat(costly.status()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(costly.problems()).containsExactly(new Problem("costly.go", 0, 0, Problem.Kind.TOO_COSTLY,
                "matching took too long (pattern `g($A, ..., $A, ..., $A, ..., zzz)`)"));
        assertThat(costly.after()).isEqualTo(Files.readAllBytes(root.resolve("costly.go")));
        assertThat(new String(outcomes.get(1).after())).isEqualTo("package p\n\nvar _ = renewed(2)\n");
    }
}
