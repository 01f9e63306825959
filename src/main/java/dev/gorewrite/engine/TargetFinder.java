package dev.gorewrite.engine;

import dev.gorewrite.recipe.Recipe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks ROOT for the Go files some recipe targets ({@link TargetMatcher} decides which). Links,
 * pipes and devices, and names the JVM cannot spell are reported, never read; so is every folder
 * that cannot be listed, since targets may hide in it. vendor, testdata and dot-folders are
 * skipped as in {@link SourceTree}.
 */
public final class TargetFinder {
    /** Why a link among the targets is not migrated. */
    public static final String LINK = "is a symbolic link; gorewrite does not follow links";

    private TargetFinder() {}

    /** The targets below the folder {@code root}, or {@code root} itself when it is a file. */
    public static List<Target> find(Path root, List<Recipe> recipes) {
        TargetMatcher matcher = TargetMatcher.of(recipes);
        if (!Files.isDirectory(root)) {
            return alone(root, matcher);
        }
        List<Target> targets = new ArrayList<>();
        SourceTree.walkGoFiles(root, new SourceTree.Visitor() {
            @Override
            public void goFile(Path file, BasicFileAttributes attrs) {
                String relative = relative(root, file);
                boolean spelled = spelled(file);
                List<Recipe> wanted = matcher.recipesFor(spelled ? relative : ascii(relative));
                if (!wanted.isEmpty()) {
                    targets.add(new Target(file, relative, wanted, spelled ? skipped(file, attrs) : Optional.of(
                            "its name cannot be read in the file-name encoding (" + nameEncoding() + "); skipped")));
                }
            }

            @Override
            public void failed(Path path, String reason) {
                targets.add(new Target(path, path.equals(root) ? "." : relative(root, path), List.of(), Optional.of(reason)));
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
        if (wanted.isEmpty()) {
            return List.of();
        }
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return List.of(new Target(file, name, wanted, skipped(file, attrs)));
        } catch (IOException e) {
            return List.of(new Target(file, name, wanted, Optional.of("cannot read: " + SourceTree.reason(e))));
        }
    }

    private static Optional<String> skipped(Path file, BasicFileAttributes attrs) {
        if (attrs.isSymbolicLink()) {
            return Optional.of(LINK);
        }
        return attrs.isRegularFile() ? Optional.empty() : Optional.of(SourceTree.whyNot(file));
    }

    private static String relative(Path root, Path file) {
        return SourceTree.relative(root, file);
    }

    /**
     * Whether the file's name survives being turned into text and back: not when its bytes are not
     * valid in the JVM's file-name encoding (any non-ASCII byte in the C locale), since the text
     * then names another file, or none.
     */
    private static boolean spelled(Path file) {
        try {
            return file.getFileSystem().getPath(file.toString()).equals(file);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The path with what the JVM could not decode made plain, so that globs can still be matched. */
    private static String ascii(String relative) {
        return relative.replaceAll("[^\\x20-\\x7e]", "_");
    }

    private static String nameEncoding() {
        return System.getProperty("sun.jnu.encoding", "unknown");
    }
}
