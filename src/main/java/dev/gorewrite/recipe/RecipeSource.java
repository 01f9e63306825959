package dev.gorewrite.recipe;

import java.util.Objects;

/** The text of one recipe file and the name it goes by in messages. */
record RecipeSource(String displayName, String text) {
    RecipeSource {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(text, "text");
    }
}
