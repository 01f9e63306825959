package dev.gorewrite.engine;

import dev.gorewrite.recipe.Recipe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
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
                    List<Recipe> wanted = matcher.recipesFor(relative);
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
}
