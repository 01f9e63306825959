package dev.gorewrite.engine;

import dev.gorewrite.recipe.Recipe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks ROOT for the Go files some recipe targets. Globs match the path relative to ROOT, and
 * `**&#47;x.go` also matches `x.go` at the top. Links are reported, never followed; vendor,
 * testdata and dot-folders are skipped as in {@link SourceTree}.
 */
public final class TargetFinder {
    private TargetFinder() {}

    public static List<Target> find(Path root, List<Recipe> recipes) {
        Map<Recipe, List<PathMatcher>> matchers = new LinkedHashMap<>();
        for (Recipe r : recipes) {
            List<PathMatcher> list = new ArrayList<>();
            for (String glob : r.files()) {
                list.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            }
            matchers.put(r, list);
        }
        List<Target> targets = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean skip = !dir.equals(root) && SourceTree.isSkipped(dir.getFileName().toString());
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!file.getFileName().toString().endsWith(".go") || attrs.isDirectory()) {
                        return FileVisitResult.CONTINUE;
                    }
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    List<Recipe> wanted = new ArrayList<>();
                    matchers.forEach((recipe, globs) -> {
                        if (globs.stream().anyMatch(g -> matches(g, relative))) {
                            wanted.add(recipe);
                        }
                    });
                    if (!wanted.isEmpty()) {
                        targets.add(new Target(file, relative, wanted, attrs.isSymbolicLink()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        targets.sort((a, b) -> a.path().compareTo(b.path()));
        return targets;
    }

    static boolean matches(PathMatcher glob, String relative) {
        return glob.matches(Path.of(relative)) || glob.matches(Path.of("/" + relative));
    }
}
