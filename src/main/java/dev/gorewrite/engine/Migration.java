package dev.gorewrite.engine;

import dev.gorewrite.recipe.Recipe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs recipes over a tree: finds their targets and rewrites (or only checks) each, in parallel, in
 * path order. {@link #rewrite} does the same for contents that were not read from ROOT.
 */
public final class Migration {
    /** Why a link among the targets is not migrated. */
    public static final String LINK = "is a symbolic link; gorewrite does not follow links";

    private Migration() {}

    public static List<FileOutcome> run(Path root, List<Recipe> recipes, boolean checkOnly) {
        List<Target> targets = TargetFinder.find(root, recipes);
        return Parallel.map(targets, t -> one(t, checkOnly));
    }

    /** Rewrites each file as {@link #run} would, in parallel; the results come in the given order. */
    public static List<FileOutcome> rewrite(List<SourceFile> files) {
        return Parallel.map(files, f -> Rewriter.rewrite(f.path(), f.bytes(), f.recipes()));
    }

    /** The outcome of a target that cannot be read at all ({@code reason} follows the path). */
    public static FileOutcome unreadable(String path, String reason) {
        return FileOutcome.failed(path, new byte[0], List.of(), List.of(), List.of(path + ": " + reason));
    }

    private static FileOutcome one(Target t, boolean checkOnly) {
        if (t.symbolicLink()) {
            return unreadable(t.path(), LINK);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(t.file());
        } catch (IOException e) {
            return unreadable(t.path(), "cannot read: " + e.getMessage());
        }
        return checkOnly ? Rewriter.check(t.path(), bytes, t.recipes()) : Rewriter.rewrite(t.path(), bytes, t.recipes());
    }
}
