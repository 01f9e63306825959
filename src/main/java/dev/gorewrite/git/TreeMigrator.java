package dev.gorewrite.git;

import dev.gorewrite.engine.FileCreator;
import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.engine.Migration;
import dev.gorewrite.engine.SourceFile;
import dev.gorewrite.engine.Target;
import dev.gorewrite.engine.TargetFinder;
import dev.gorewrite.recipe.Recipe;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Runs the engine on a commit's targets instead of the disk's: their blobs (or, asked to, their
 * working-tree content), the same recipes and rewriter as a plain run, the same outcomes.
 */
final class TreeMigrator {
    private final Repository repo;
    private final Path root;
    private final String prefix;

    TreeMigrator(Repository repo, Path root, String prefix) {
        this.repo = repo;
        this.root = root;
        this.prefix = prefix;
    }

    TreeMigration migrate(BaseCommit base, List<Recipe> recipes, boolean fromWorktree) throws IOException, GitRefusal {
        List<Recipe> editing = Migration.editing(recipes);
        List<TrackedTarget> targets = TreeTargets.find(repo, base.commit, prefix, editing);
        Map<String, TrackedTarget> byRepoPath = new LinkedHashMap<>();
        targets.forEach(t -> byRepoPath.put(t.repoPath(), t));
        refuseUncommitted(base, byRepoPath, fromWorktree);
        Map<String, byte[]> disk = fromWorktree ? WorkingTree.read(repo, byRepoPath.keySet()) : Map.of();
        List<SourceFile> sources = new ArrayList<>();
        List<FileOutcome> outcomes = new ArrayList<>();
        for (TrackedTarget t : targets) {
            byte[] bytes = t.isLink() ? WorkingTree.LINK : fromWorktree ? disk.get(t.repoPath()) : blob(t.blob());
            if (bytes == WorkingTree.LINK) {
                outcomes.add(Migration.unreadable(t.path(), Migration.LINK));
            } else if (bytes == null) {
                outcomes.add(Migration.unreadable(t.path(), "is not in the working tree"));
            } else {
                sources.add(new SourceFile(t.path(), bytes, t.recipes()));
            }
        }
        outcomes.addAll(Migration.rewrite(sources));
        List<TrackedTarget> all = new ArrayList<>(targets);
        List<FileOutcome> created = new ArrayList<>();
        for (Recipe recipe : Migration.creating(recipes)) {
            created.add(created(base, recipe, all));
        }
        outcomes = new ArrayList<>(FileCreator.beside(outcomes, created));
        return new TreeMigration(base, prefix, outcomes, untracked(base, editing, targets), all);
    }

    /**
     * The outcome of a recipe that creates a file, judged against the base commit's content at its
     * path; the file joins {@code targets} as a new regular file, so that a commit can add it.
     */
    private FileOutcome created(BaseCommit base, Recipe recipe, List<TrackedTarget> targets) throws IOException {
        String path = recipe.create().orElseThrow().path();
        String repoPath = prefix.isEmpty() ? path : prefix + "/" + path;
        targets.add(new TrackedTarget(repoPath, path, FileMode.REGULAR_FILE, ObjectId.zeroId(), List.of(recipe)));
        try (TreeWalk walk = TreeWalk.forPath(repo, repoPath, base.commit.getTree())) {
            if (walk == null) {
                return FileCreator.create(recipe, Optional.empty());
            }
            FileMode mode = walk.getFileMode(0);
            if (mode == FileMode.SYMLINK) {
                return Migration.unreadable(path, Migration.LINK);
            }
            if ((mode.getBits() & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
                return Migration.unreadable(path, "is not a regular file in " + base + "; not created");
            }
            return FileCreator.create(recipe, Optional.of(blob(walk.getObjectId(0))));
        }
    }

    private void refuseUncommitted(BaseCommit base, Map<String, TrackedTarget> targets, boolean fromWorktree)
            throws IOException, GitRefusal {
        Map<String, WorkingTree.Change> dirty = WorkingTree.uncommitted(repo, targets.keySet());
        if (fromWorktree) {
            dirty.values().removeIf(change -> change.onDisk);
        }
        if (dirty.isEmpty()) {
            return;
        }
        String files = dirty.entrySet().stream().map(e -> targets.get(e.getKey()).path() + ": " + e.getValue().text)
                .collect(Collectors.joining("\n"));
        String advice = fromWorktree ? "--from-worktree needs each target on disk, without conflicts: resolve "
                + "them, restore the file, or commit the deletion"
                : "the branch is built from " + base + " and would silently miss these uncommitted changes: commit or "
                + "stash them, or pass --from-worktree to build from the working tree";
        throw new GitRefusal(GitRefusal.Reason.DIRTY_TARGETS, files + "\n" + advice);
    }

    /** Targets on disk under ROOT that the base commit does not have: they cannot be in the branch. */
    private List<String> untracked(BaseCommit base, List<Recipe> recipes, List<TrackedTarget> targets) {
        Set<String> tracked = targets.stream().map(TrackedTarget::path).collect(Collectors.toSet());
        List<String> notes = new ArrayList<>();
        for (Target t : TargetFinder.find(root, recipes)) {
            if (!tracked.contains(t.path())) {
                notes.add(t.path() + ": not in " + base + " (untracked or ignored); not part of the branch");
            }
        }
        return notes;
    }

    private byte[] blob(ObjectId id) throws IOException {
        try (InputStream in = repo.open(id, Constants.OBJ_BLOB).openStream()) {
            return in.readAllBytes();
        }
    }
}
