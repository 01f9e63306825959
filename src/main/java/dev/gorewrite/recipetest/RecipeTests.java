package dev.gorewrite.recipetest;

import java.util.List;
import java.util.Objects;

/** A recipe file, named as messages name it, with its text and the cases beside it (maybe none). */
public record RecipeTests(String recipeFile, String yaml, List<TestCase> cases) {
    public RecipeTests {
        Objects.requireNonNull(recipeFile, "recipeFile");
        Objects.requireNonNull(yaml, "yaml");
        cases = List.copyOf(cases);
    }
}
