package dev.gorewrite.git;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Writes the migration as one commit on a branch without going near the checkout: the new tree is
 * the base tree with the migrated blobs swapped in (an in-core index, never the repository's),
 * the commit's parent is the base, and only refs/heads/NAME moves. Nothing is written at all when
 * the branch already holds this tree, or holds another one and --force was not given.
 */
final class BranchWriter {
    private final Repository repo;

    BranchWriter(Repository repo) {
        this.repo = repo;
    }

    /** {@code changes} maps each changed target to its new content. */
    BranchResult write(TreeMigration migration, Map<TrackedTarget, byte[]> changes, BranchRequest request,
            String message) throws IOException, GitRefusal {
        String refName = Constants.R_HEADS + request.branch();
        RevCommit base = migration.base().commit;
        ObjectId tree;
        try (ObjectInserter hashOnly = new HashOnly()) {
            tree = tree(base, changes, hashOnly);
        }
        Ref existing = repo.exactRef(refName);
        if (existing != null && existing.getObjectId() != null) {
            try (RevWalk walk = new RevWalk(repo)) {
                RevCommit tip = walk.parseCommit(existing.getObjectId());
                if (tip.getTree().equals(tree)) {
                    return new BranchResult(request.branch(), tip.name(), BranchResult.Kind.UNCHANGED);
                }
                if (!request.force()) {
                    throw new GitRefusal(GitRefusal.Reason.BRANCH_HAS_OTHER_CONTENT, "branch " + request.branch()
                            + " exists (commit " + tip.abbreviate(7).name() + ") and holds something else than this "
                            + "migration of " + migration.base() + "; nothing changed. Use --force to replace it "
                            + "with a fresh commit on " + migration.base().label() + ", or choose another --branch");
                }
            }
        }
        ObjectId commit;
        try (ObjectInserter inserter = repo.newObjectInserter()) {
            ObjectId written = tree(base, changes, inserter);
            CommitBuilder builder = new CommitBuilder();
            builder.setTreeId(written);
            builder.setParentId(base);
            builder.setAuthor(request.author);
            builder.setCommitter(request.committer);
            builder.setMessage(message);
            commit = inserter.insert(builder);
            inserter.flush();
        }
        move(refName, existing, commit, message);
        return new BranchResult(request.branch(), commit.name(),
                existing == null ? BranchResult.Kind.CREATED : BranchResult.Kind.REPLACED);
    }

    private ObjectId tree(RevCommit base, Map<TrackedTarget, byte[]> changes, ObjectInserter inserter)
            throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        try (ObjectReader reader = repo.newObjectReader()) {
            builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, base.getTree());
        }
        builder.finish();
        DirCacheEditor editor = index.editor();
        for (Map.Entry<TrackedTarget, byte[]> change : changes.entrySet()) {
            TrackedTarget target = change.getKey();
            ObjectId blob = inserter.insert(Constants.OBJ_BLOB, change.getValue());
            editor.add(new DirCacheEditor.PathEdit(target.repoPath()) {
                @Override
                public void apply(DirCacheEntry entry) {
                    entry.setFileMode(target.mode());
                    entry.setObjectId(blob);
                }
            });
        }
        editor.finish();
        return index.writeTree(inserter);
    }

    /** Computes the ids objects would get, writing nothing: to compare with the branch before touching it. */
    private static final class HashOnly extends ObjectInserter.Formatter {
        @Override
        public ObjectId insert(int type, long length, InputStream in) throws IOException {
            return idFor(type, length, in);
        }
    }

    private void move(String refName, Ref existing, ObjectId commit, String message) throws IOException {
        RefUpdate update = repo.updateRef(refName);
        update.setNewObjectId(commit);
        update.setExpectedOldObjectId(existing == null ? ObjectId.zeroId() : existing.getObjectId());
        update.setForceUpdate(true);
        update.setRefLogMessage("gorewrite: " + message.lines().findFirst().orElse(""), false);
        RefUpdate.Result result = update.update();
        switch (result) {
            case NEW, FORCED, FAST_FORWARD -> { }
            default -> throw new IOException("cannot move " + refName + " to " + commit.name() + ": " + result
                    + (result == RefUpdate.Result.LOCK_FAILURE ? " (another git process holds it, or it changed meanwhile)" : ""));
        }
    }
}
