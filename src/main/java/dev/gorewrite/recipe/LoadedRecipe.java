package dev.gorewrite.recipe;

import java.util.Objects;

/** A recipe with the line of its {@code id}, so that the catalog can place a duplicate id. */
record LoadedRecipe(Recipe recipe, int idLine) {
    LoadedRecipe {
        Objects.requireNonNull(recipe, "recipe");
        if (idLine < 1) {
            throw new IllegalArgumentException("lines start at 1: " + idLine);
        }
    }
}
