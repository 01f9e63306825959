package dev.gorewrite.recipe;

import java.util.List;

/** Recipe files that cannot be used, with every problem found as `file:line: field.path: message`. */
public final class RecipeException extends Exception {
    private final List<RecipeProblem> problems;

    public RecipeException(List<RecipeProblem> problems) {
        super(problems.isEmpty() ? "recipe error" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<RecipeProblem> problems() {
        return problems;
    }
}
