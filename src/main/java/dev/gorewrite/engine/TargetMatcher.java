package dev.gorewrite.engine;

import dev.gorewrite.recipe.Recipe;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which recipes want a file, by its path relative to ROOT (with '/'). Globs match that path, and
 * `**&#47;x.go` also matches `x.go` at the top. Shared by the disk walk ({@link TargetFinder}) and
 * the walk of a git tree, so both pick exactly the same files.
 */
public final class TargetMatcher {
    private final Map<Recipe, List<PathMatcher>> globs;

    private TargetMatcher(Map<Recipe, List<PathMatcher>> globs) {
        this.globs = globs;
    }

    public static TargetMatcher of(List<Recipe> recipes) {
        Map<Recipe, List<PathMatcher>> globs = new LinkedHashMap<>();
        for (Recipe r : recipes) {
            List<PathMatcher> list = new ArrayList<>();
            for (String glob : r.files()) {
                list.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            }
            globs.put(r, list);
        }
        return new TargetMatcher(globs);
    }

    /** The recipes whose globs name {@code relative}, in the order they were given; empty if none. */
    public List<Recipe> recipesFor(String relative) {
        List<Recipe> wanted = new ArrayList<>();
        globs.forEach((recipe, list) -> {
            if (list.stream().anyMatch(g -> matches(g, relative))) {
                wanted.add(recipe);
            }
        });
        return wanted;
    }

    /**
     * Whether a Go file at {@code relative} is looked at at all: a {@code .go} name, and no folder
     * below ROOT that the go tool skips (vendor, testdata, dot-folders; see {@link SourceTree}).
     */
    public static boolean isCandidate(String relative) {
        if (!relative.endsWith(".go")) {
            return false;
        }
        String[] parts = relative.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (SourceTree.isSkipped(parts[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(PathMatcher glob, String relative) {
        return glob.matches(Path.of(relative)) || glob.matches(Path.of("/" + relative));
    }
}
