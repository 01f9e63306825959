package dev.gorewrite.git;

import dev.gorewrite.recipe.Recipe;
import java.util.List;
import java.util.Objects;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A target as the base commit holds it: {@code repoPath} inside the repository, {@code path}
 * relative to ROOT (what recipes and messages use), its mode and blob.
 */
record TrackedTarget(String repoPath, String path, FileMode mode, ObjectId blob, List<Recipe> recipes) {
    TrackedTarget {
        Objects.requireNonNull(repoPath, "repoPath");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(blob, "blob");
        recipes = List.copyOf(recipes);
    }

    boolean isLink() {
        return mode == FileMode.SYMLINK;
    }
}
