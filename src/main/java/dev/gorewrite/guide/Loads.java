package dev.gorewrite.guide;

import dev.gorewrite.recipe.RecipeException;
import dev.gorewrite.recipe.RecipeLoader;
import dev.gorewrite.recipe.RecipeProblem;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Whether a drafted recipe loads: the loader is the judge of a pattern, as for any recipe. */
final class Loads {
    private Loads() {
    }

    /** Why {@code recipe} with only {@code entry} would not load, if it would not. */
    static Optional<String> problem(RecipeDraft recipe, RecipeDraft.Entry entry) {
        return problem(recipe.withEdits(List.of(entry), List.of()).yaml());
    }

    static Optional<String> problem(String yaml) {
        try {
            RecipeLoader.load("draft", yaml);
            return Optional.empty();
        } catch (RecipeException e) {
            return Optional.of(e.problems().stream().map(RecipeProblem::message).collect(Collectors.joining("; ")));
        }
    }
}
