package dev.gorewrite.recipetest;

import dev.gorewrite.recipe.Recipe;
import dev.gorewrite.recipe.RecipeException;
import dev.gorewrite.recipe.RecipeLoader;
import dev.gorewrite.recipe.RecipeProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A loaded recipe and its cases: what `gorewrite test` runs. */
public record Suite(Recipe recipe, List<TestCase> cases) {
    public Suite {
        Objects.requireNonNull(recipe, "recipe");
        cases = List.copyOf(cases);
    }

    /**
     * The recipes of {@code trees} with their cases, each recipe loaded as `run` loads it; every
     * problem (a broken recipe, a malformed case) goes to {@code problems}.
     */
    public static List<Suite> load(List<RecipeTree> trees, List<RecipeProblem> problems) {
        List<Suite> suites = new ArrayList<>();
        for (RecipeTree tree : trees) {
            for (RecipeTests tests : TestCatalog.read(tree, problems)) {
                try {
                    suites.add(new Suite(RecipeLoader.load(tests.recipeFile(), tests.yaml()), tests.cases()));
                } catch (RecipeException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        return suites;
    }

    public List<CaseResult> run() {
        return cases.stream().map(c -> CaseRunner.run(recipe, c)).toList();
    }
}
