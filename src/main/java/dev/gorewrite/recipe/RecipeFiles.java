package dev.gorewrite.recipe;

import java.util.ArrayList;
import java.util.List;

/** Recipe files read and parsed: the recipes in file order, and every problem found on the way. */
record RecipeFiles(List<LoadedRecipe> recipes, List<RecipeProblem> problems) {
    RecipeFiles {
        recipes = List.copyOf(recipes);
        problems = List.copyOf(problems);
    }

    /** Parses each source; {@code problems} are those found while listing them. */
    static RecipeFiles parse(List<RecipeSource> sources, List<RecipeProblem> listingProblems) {
        List<LoadedRecipe> recipes = new ArrayList<>();
        List<RecipeProblem> problems = new ArrayList<>(listingProblems);
        for (RecipeSource source : sources) {
            try {
                recipes.add(RecipeLoader.read(source.displayName(), source.text()));
            } catch (RecipeException e) {
                problems.addAll(e.problems());
            }
        }
        return new RecipeFiles(recipes, problems);
    }

    /** The {@code *.yaml} files below {@code folder} on the class path of {@code loader}. */
    static RecipeFiles builtIn(ClassLoader loader, String folder) {
        List<RecipeProblem> problems = new ArrayList<>();
        List<RecipeSource> sources = RecipeSources.builtIn(loader, folder, problems);
        return parse(sources, problems);
    }
}
