package dev.gorewrite.engine;

import dev.gorewrite.recipe.Recipe;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Which recipes want a file, by its path relative to ROOT (with '/'). Globs match that path, and
 * `**&#47;x.go` also matches `x.go` at the top. A glob written `!glob` excludes what it matches: a
 * recipe wants a path that some plain glob matches and no exclusion does, in whatever order they
 * are written (the loader refuses a list of exclusions alone). Shared by the disk walk ({@link TargetFinder}) and
 * the walk of a git tree, so both pick exactly the same files.
 */
public final class TargetMatcher {
    /** What starts a glob of a recipe's {@code files} that excludes (recipes/FORMAT.md). */
    private static final String EXCLUDE = "!";

    /**
     * A glob and the literal text every path it matches ends with (what follows its last
     * wildcard): checking that first spares the regex for almost every file of a large tree.
     */
    private record Glob(PathMatcher matcher, String literalEnd) {
        static Glob of(String glob) {
            int lastSpecial = -1;
            for (int i = 0; i < glob.length(); i++) {
                if ("*?[]{}\\".indexOf(glob.charAt(i)) >= 0) {
                    lastSpecial = i;
                }
            }
            return new Glob(FileSystems.getDefault().getPathMatcher("glob:" + glob), glob.substring(lastSpecial + 1));
        }

        boolean matches(String relative) {
            boolean couldMatch = relative.endsWith(literalEnd)
                    || literalEnd.startsWith("/") && relative.equals(literalEnd.substring(1));
            return couldMatch && (matcher.matches(Path.of(relative))
                    || matcher.matches(Path.of("/" + relative)));
        }
    }

    /**
     * One recipe and its compiled globs, those it targets and those it excludes (a list, not a
     * map: hashing a recipe record hashes all of it).
     */
    private record Targeting(Recipe recipe, List<Glob> globs, List<Glob> exclusions) {
        static Targeting of(Recipe recipe) {
            List<Glob> globs = new ArrayList<>();
            List<Glob> exclusions = new ArrayList<>();
            for (String glob : recipe.files()) {
                if (glob.startsWith(EXCLUDE)) {
                    exclusions.add(Glob.of(glob.substring(EXCLUDE.length())));
                } else {
                    globs.add(Glob.of(glob));
                }
            }
            return new Targeting(recipe, globs, exclusions);
        }

        boolean wants(String relative) {
            return anyMatches(globs, relative) && !anyMatches(exclusions, relative);
        }

        private static boolean anyMatches(List<Glob> globs, String relative) {
            for (Glob g : globs) {
                if (g.matches(relative)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Targeting> recipes;

    private TargetMatcher(List<Targeting> recipes) {
        this.recipes = recipes;
    }

    public static TargetMatcher of(List<Recipe> recipes) {
        List<Targeting> targeting = new ArrayList<>();
        for (Recipe r : recipes) {
            targeting.add(Targeting.of(r));
        }
        return new TargetMatcher(targeting);
    }

    /** The recipes whose globs name {@code relative}, in the order they were given; empty if none. */
    public List<Recipe> recipesFor(String relative) {
        List<Recipe> wanted = new ArrayList<>();
        for (Targeting t : recipes) {
            if (t.wants(relative)) {
                wanted.add(t.recipe());
            }
        }
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

}
