package dev.gorewrite.git;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.TreeWalk.OperationType;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;

/**
 * What the user has on disk for some tracked paths: which have uncommitted changes, and their
 * content as git would commit it (clean filters and core.autocrlf applied). Reads only: the index
 * file is never written.
 */
final class WorkingTree {
    /** A file on disk that is a link: it has no content gorewrite would migrate. */
    static final byte[] LINK = new byte[0];

    private WorkingTree() {}

    /** How a tracked file differs from HEAD; {@code onDisk} when the working tree still has content for it. */
    enum Change {
        CONFLICT("has merge conflicts", false),
        DELETED("is deleted in the working tree", false),
        STAGED_REMOVAL("is staged for removal", false),
        MODIFIED("is modified in the working tree", true),
        STAGED("has staged changes that are not committed", true),
        ADDED("is staged but not in HEAD", true);

        final String text;
        final boolean onDisk;

        Change(String text, boolean onDisk) {
            this.text = text;
            this.onDisk = onDisk;
        }
    }

    /** The paths among {@code repoPaths} that differ from HEAD in the index or on disk, with how. */
    static Map<String, Change> uncommitted(Repository repo, Collection<String> repoPaths) throws IOException {
        Map<String, Change> dirty = new TreeMap<>();
        if (repoPaths.isEmpty()) {
            return dirty;
        }
        Status status;
        try {
            var command = Git.wrap(repo).status();
            repoPaths.forEach(command::addPath);
            status = command.call();
        } catch (GitAPIException e) {
            throw new IOException("git status: " + e.getMessage(), e);
        }
        note(dirty, status.getConflicting(), Change.CONFLICT);
        note(dirty, status.getMissing(), Change.DELETED);
        note(dirty, status.getRemoved(), Change.STAGED_REMOVAL);
        note(dirty, status.getModified(), Change.MODIFIED);
        note(dirty, status.getChanged(), Change.STAGED);
        note(dirty, status.getAdded(), Change.ADDED);
        dirty.keySet().retainAll(Set.copyOf(repoPaths));
        return dirty;
    }

    private static void note(Map<String, Change> dirty, Set<String> paths, Change how) {
        paths.forEach(p -> dirty.putIfAbsent(p, how));
    }

    /**
     * The working-tree content of each path, through git's clean filters; {@link #LINK} for a
     * link. A path that is not on disk is left out.
     */
    static Map<String, byte[]> read(Repository repo, Collection<String> repoPaths) throws IOException {
        Map<String, byte[]> content = new LinkedHashMap<>();
        if (repoPaths.isEmpty()) {
            return content;
        }
        try (TreeWalk walk = new TreeWalk(repo)) {
            walk.setOperationType(OperationType.CHECKIN_OP);
            walk.setRecursive(true);
            int index = walk.addTree(new DirCacheIterator(repo.readDirCache()));
            FileTreeIterator files = new FileTreeIterator(repo);
            int disk = walk.addTree(files);
            files.setDirCacheIterator(walk, index);
            walk.setFilter(PathFilterGroup.createFromStrings(repoPaths));
            while (walk.next()) {
                WorkingTreeIterator file = walk.getTree(disk, WorkingTreeIterator.class);
                if (file == null) {
                    continue;
                }
                if (file.getEntryFileMode() == FileMode.SYMLINK) {
                    content.put(walk.getPathString(), LINK);
                    continue;
                }
                dev.gorewrite.engine.RegularFile.require(repo.getWorkTree().toPath().resolve(walk.getPathString()));
                try (InputStream in = file.openEntryStream()) {
                    content.put(walk.getPathString(), in.readAllBytes());
                }
            }
        }
        return content;
    }
}
