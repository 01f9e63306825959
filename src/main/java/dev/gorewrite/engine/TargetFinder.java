package dev.gorewrite.engine;

import dev.gorewrite.recipe.Recipe;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks ROOT for the Go files some recipe targets ({@link TargetMatcher} decides which). Links are
 * reported, never followed; vendor, testdata and dot-folders are skipped as in {@link SourceTree}.
 */
public final class TargetFinder {
    private TargetFinder() {}

    public static List<Target> find(Path root, List<Recipe> recipes) {
        TargetMatcher matcher = TargetMatcher.of(recipes);
        List<Target> targets = new ArrayList<>();
        SourceTree.walkGoFiles(root, (file, attrs) -> {
            String relative = root.relativize(file).toString().replace('\\', '/');
            List<Recipe> wanted = matcher.recipesFor(relative);
            if (!wanted.isEmpty()) {
                targets.add(new Target(file, relative, wanted, attrs.isSymbolicLink()));
            }
        });
        targets.sort((a, b) -> a.path().compareTo(b.path()));
        return targets;
    }
}
