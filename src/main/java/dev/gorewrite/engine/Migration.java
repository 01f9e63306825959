package dev.gorewrite.engine;

import dev.gorewrite.format.Pending;
import dev.gorewrite.recipe.Recipe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Runs recipes over a tree: finds their targets and rewrites (or only checks) each, in parallel, in
 * path order. {@link #rewrite} does the same for contents that were not read from ROOT.
 */
public final class Migration {
    /** Why a link among the targets is not migrated. */
    public static final String LINK = TargetFinder.LINK;

    private Migration() {}

    public static List<FileOutcome> run(Path root, List<Recipe> recipes, boolean checkOnly) {
        return run(root, recipes, checkOnly, Progress.NONE);
    }

    /**
     * Every target file some recipe may affect (see {@link Relevance}: the others are read but
     * neither lexed nor parsed, and have no outcome), in path order.
     */
    public static List<FileOutcome> run(Path root, List<Recipe> recipes, boolean checkOnly, Progress progress) {
        List<Recipe> editing = checkOnly ? recipes : editing(recipes);
        List<Target> targets = TargetFinder.find(root, editing);
        Map<Recipe, Relevance> relevance = relevance(editing);
        List<FileOutcome> outcomes = rewriteAll(targets, checkOnly, relevance, progress);
        if (!checkOnly && Files.isDirectory(root)) {
            return FileCreator.beside(outcomes, FileCreator.underRoot(root, creating(recipes)));
        }
        return outcomes;
    }

    private static List<FileOutcome> rewriteAll(List<Target> targets, boolean checkOnly, Map<Recipe, Relevance> relevance,
                                                Progress progress) {
        List<FileOutcome> outcomes = Parallel.mapPending(targets, t -> one(t, checkOnly, relevance, progress),
                (t, exhausted) -> unreadable(t.path(), exhausted.reason()));
        return outcomes.stream().filter(Objects::nonNull).toList();
    }

    /**
     * The recipes that edit files. Those that create one are run by {@link FileCreator} instead: the
     * file they name need not exist, and when it does, it is compared, not edited. `check` runs
     * their checks on the file where it exists, as for any recipe.
     */
    public static List<Recipe> editing(List<Recipe> recipes) {
        return recipes.stream().filter(r -> r.create().isEmpty()).toList();
    }

    public static List<Recipe> creating(List<Recipe> recipes) {
        return recipes.stream().filter(r -> r.create().isPresent()).toList();
    }

    /** Rewrites each file as {@link #run} would, in parallel; the results come in the given order. */
    public static List<FileOutcome> rewrite(List<SourceFile> files) {
        // By identity: hashing a recipe record would hash every edit and check in it.
        Map<Recipe, Relevance> relevance = Collections.synchronizedMap(new IdentityHashMap<>());
        List<FileOutcome> outcomes = Parallel.mapPending(files, f -> {
            List<Recipe> wanted = affecting(f.recipes(), f.bytes(),
                    r -> relevance.computeIfAbsent(r, Relevance::of));
            return wanted.isEmpty() ? Pending.<FileOutcome>ready(null) : Rewriter.rewriting(f.path(), f.bytes(), wanted);
        }, (f, exhausted) -> unreadable(f.path(), exhausted.reason()));
        return outcomes.stream().filter(Objects::nonNull).toList();
    }

    private static Map<Recipe, Relevance> relevance(List<Recipe> recipes) {
        Map<Recipe, Relevance> out = new IdentityHashMap<>();
        recipes.forEach(r -> out.put(r, Relevance.of(r)));
        return out;
    }

    private static List<Recipe> affecting(List<Recipe> recipes, byte[] bytes, Function<Recipe, Relevance> relevance) {
        List<Recipe> wanted = new ArrayList<>(recipes.size());
        for (Recipe r : recipes) {
            if (relevance.apply(r).mayAffect(bytes)) {
                wanted.add(r);
            }
        }
        return wanted;
    }

    /** The outcome of a target that cannot be read at all ({@code reason} follows the path). */
    public static FileOutcome unreadable(String path, String reason) {
        return FileOutcome.failed(path, new byte[0], List.of(), List.of(), List.of(Problem.of(path, Problem.Kind.IO, reason)));
    }

    private static Pending<FileOutcome> one(Target t, boolean checkOnly, Map<Recipe, Relevance> relevance,
            Progress progress) {
        progress.scanned();
        if (t.skipped().isPresent()) {
            return Pending.ready(unreadable(t.path(), t.skipped().get()));
        }
        byte[] bytes;
        try {
            bytes = RegularFile.read(t.file()); // it may have become a pipe since the walk
        } catch (IOException e) {
            return Pending.ready(unreadable(t.path(), "cannot read: " + dev.gorewrite.io.IoReason.of(e)));
        }
        List<Recipe> wanted = affecting(t.recipes(), bytes, relevance::get);
        if (wanted.isEmpty()) {
            return Pending.ready(null);
        }
        progress.parsed();
        Pending<FileOutcome> outcome = checkOnly ? Pending.ready(Rewriter.check(t.path(), bytes, wanted))
                : Rewriter.rewriting(t.path(), bytes, wanted);
        return outcome.map(FileOutcome::withoutUnchangedText);
    }
}
