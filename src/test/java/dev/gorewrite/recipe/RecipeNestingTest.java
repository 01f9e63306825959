package dev.gorewrite.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Lists and mappings nested without end: a recipe error with its line, not a StackOverflowError. */
class RecipeNestingTest {
    @Test
    void aFewKilobytesOfNestedBracketsAreARecipeErrorWithTheLine() {
        String yaml = "id: x/y\ntitle: T\nguide: G\nfiles: " + "[".repeat(2000) + "]".repeat(2000) + "\nedits: []\n";
        assertThat(yaml.length()).isLessThan(4200);

        RecipeException e = catchThrowableOfType(RecipeException.class, () -> RecipeLoader.load("deep.yaml", yaml));

        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(RecipeProblem::toString).containsExactly(
                "deep.yaml:4: lists and mappings nested more than 50 levels deep; a recipe needs a few");
    }

    @Test
    void nestingUpToTheLimitIsStillRead() {
        // 48 levels inside `files:` and the top mapping: 49, within the limit; the error is then about the glob.
        String yaml = "id: x/y\ntitle: T\nguide: G\nfiles: " + "[".repeat(48) + "]".repeat(48) + "\nedits: []\n";

        RecipeException e = catchThrowableOfType(RecipeException.class, () -> RecipeLoader.load("ok.yaml", yaml));

        assertThat(e.problems()).extracting(RecipeProblem::message).doesNotContain(
                "lists and mappings nested more than 50 levels deep; a recipe needs a few");
    }
}
