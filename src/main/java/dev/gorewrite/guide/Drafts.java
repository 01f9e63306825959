package dev.gorewrite.guide;

import java.util.List;

/** The drafted recipes of a guide, and the steps left to a person (no file, not Go). */
public record Drafts(List<DraftedRecipe> recipes, List<DraftedStep> manual) {
    public Drafts {
        recipes = List.copyOf(recipes);
        manual = List.copyOf(manual);
        if (manual.stream().anyMatch(DraftedStep::drafted)) {
            throw new IllegalArgumentException("a manual step has no edit");
        }
    }
}
