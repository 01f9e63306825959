package dev.gorewrite.engine;

import dev.gorewrite.recipe.Recipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks ROOT for the Go files some recipe targets ({@link TargetMatcher} decides which). Links are
 * reported, never followed; vendor, testdata and dot-folders are skipped as in {@link SourceTree}.
 */
public final class TargetFinder {
    private TargetFinder() {}

    /** The targets below the folder {@code root}, or {@code root} itself when it is a file. */
    public static List<Target> find(Path root, List<Recipe> recipes) {
        TargetMatcher matcher = TargetMatcher.of(recipes);
        if (!Files.isDirectory(root)) {
            return alone(root, matcher);
        }
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

    /**
     * A file given as ROOT: its path is its name, relative to its folder as every path is to ROOT,
     * and the globs are matched against that name. Named directly, it is taken wherever it is.
     */
    private static List<Target> alone(Path file, TargetMatcher matcher) {
        String name = file.getFileName().toString();
        List<Recipe> wanted = matcher.recipesFor(name);
        return wanted.isEmpty() ? List.of() : List.of(new Target(file, name, wanted, Files.isSymbolicLink(file)));
    }
}
