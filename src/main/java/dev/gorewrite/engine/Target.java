package dev.gorewrite.engine;

import dev.gorewrite.recipe.Recipe;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** A file under ROOT and the recipes whose globs name it; {@code path} is relative, with '/'. */
public record Target(Path file, String path, List<Recipe> recipes, boolean symbolicLink) {
    public Target {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        recipes = List.copyOf(recipes);
    }
}
