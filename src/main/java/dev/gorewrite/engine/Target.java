package dev.gorewrite.engine;

import dev.gorewrite.recipe.Recipe;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A file under ROOT and the recipes whose globs name it; {@code path} is relative, with '/'.
 * {@code skipped} says why it is reported instead of read: a link, a pipe or device, a name the
 * JVM cannot spell, or (with no recipes) a folder that could not be listed.
 */
public record Target(Path file, String path, List<Recipe> recipes, Optional<String> skipped) {
    public Target {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        recipes = List.copyOf(recipes);
        Objects.requireNonNull(skipped, "skipped");
    }
}
