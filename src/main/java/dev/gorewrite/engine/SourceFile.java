package dev.gorewrite.engine;

import dev.gorewrite.recipe.Recipe;
import java.util.List;
import java.util.Objects;

/**
 * A target's content from somewhere other than the disk under ROOT (a git commit, the working
 * tree through git's filters), with the recipes that want it; {@code path} is relative to ROOT.
 */
public record SourceFile(String path, byte[] bytes, List<Recipe> recipes) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        recipes = List.copyOf(recipes);
    }
}
