package dev.gorewrite.engine;

import dev.gorewrite.recipe.Recipe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs recipes over a tree: finds their targets and rewrites (or only checks) each, in parallel, in path order. */
public final class Migration {
    private Migration() {}

    public static List<FileOutcome> run(Path root, List<Recipe> recipes, boolean checkOnly) {
        List<Target> targets = TargetFinder.find(root, recipes);
        return Parallel.map(targets, t -> one(t, checkOnly));
    }

    private static FileOutcome one(Target t, boolean checkOnly) {
        if (t.symbolicLink()) {
            return FileOutcome.failed(t.path(), new byte[0], List.of(), List.of(),
                    List.of(t.path() + ": is a symbolic link; gorewrite does not follow links"));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(t.file());
        } catch (IOException e) {
            return FileOutcome.failed(t.path(), new byte[0], List.of(), List.of(),
                    List.of(t.path() + ": cannot read: " + e.getMessage()));
        }
        return checkOnly ? Rewriter.check(t.path(), bytes, t.recipes()) : Rewriter.rewrite(t.path(), bytes, t.recipes());
    }
}
