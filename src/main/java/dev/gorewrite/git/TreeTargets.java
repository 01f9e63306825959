package dev.gorewrite.git;

import dev.gorewrite.engine.TargetMatcher;
import dev.gorewrite.recipe.Recipe;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The targets in a commit's tree: the {@code .go} files under ROOT's folder that some recipe wants,
 * chosen exactly as the disk walk chooses them (the same globs, the same skipped folders).
 */
final class TreeTargets {
    private TreeTargets() {}

    static List<TrackedTarget> find(Repository repo, RevCommit commit, String prefix, List<Recipe> recipes)
            throws IOException {
        TargetMatcher matcher = TargetMatcher.of(recipes);
        List<TrackedTarget> targets = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repo)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            TreeFilter goFiles = PathSuffixFilter.create(".go");
            walk.setFilter(prefix.isEmpty() ? goFiles : AndTreeFilter.create(PathFilter.create(prefix), goFiles));
            while (walk.next()) {
                FileMode mode = walk.getFileMode(0);
                if (mode == FileMode.GITLINK || mode == FileMode.TREE) {
                    continue;
                }
                String repoPath = walk.getPathString();
                String relative = prefix.isEmpty() ? repoPath : repoPath.substring(prefix.length() + 1);
                if (!TargetMatcher.isCandidate(relative)) {
                    continue;
                }
                List<Recipe> wanted = matcher.recipesFor(relative);
                if (!wanted.isEmpty()) {
                    targets.add(new TrackedTarget(repoPath, relative, mode, walk.getObjectId(0), wanted));
                }
            }
        }
        targets.sort((a, b) -> a.path().compareTo(b.path()));
        return targets;
    }
}
