package dev.gorewrite.git;

import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.recipe.Recipe;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;

/**
 * The git repository that holds ROOT, used without disturbing it: the migration is built from a
 * commit's content, written as one commit on its own branch, and pushed, while the working tree,
 * the index, HEAD and the checked-out branch stay exactly as they were. This package is the only
 * one that uses JGit; the CLI sees gorewrite's own types and {@link GitRefusal}s.
 */
public final class GitCheckout implements AutoCloseable {
    private final Repository repo;
    private final Path root;
    private final String prefix;

    private GitCheckout(Repository repo, Path root, String prefix) {
        this.repo = repo;
        this.root = root;
        this.prefix = prefix;
    }

    /**
     * The repository whose working tree holds {@code root}; refuses outside one, in a bare one, and
     * in one that belongs to another user (see {@link SafeDirectory}) before anything of it runs.
     */
    public static GitCheckout open(Path root) throws GitRefusal {
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            throw new GitRefusal(GitRefusal.Reason.NOT_A_REPOSITORY, root + ": not a folder");
        }
        Repository repo = repositoryAt(root, real);
        try {
            SafeDirectory.check(repo);
            if (repo.isBare()) {
                throw new GitRefusal(GitRefusal.Reason.BARE_REPOSITORY, repo.getDirectory() + ": is a bare repository; "
                        + "--branch needs a checkout with a working tree: clone it and run gorewrite in the clone");
            }
            return new GitCheckout(repo, root, prefix(repo, root, real));
        } catch (GitRefusal e) {
            repo.close();
            throw e;
        }
    }

    /** The repository found from {@code real} upwards, opened (which reads its config and runs nothing). */
    private static Repository repositoryAt(Path root, Path real) throws GitRefusal {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(real.toFile());
        if (builder.getGitDir() == null) {
            throw new GitRefusal(GitRefusal.Reason.NOT_A_REPOSITORY, root + ": not in a git repository; "
                    + "--branch commits to the repository that holds ROOT (run it in a clone, or git init first)");
        }
        try {
            return builder.build();
        } catch (IOException | IllegalArgumentException e) {
            throw new GitRefusal(GitRefusal.Reason.NOT_A_REPOSITORY, builder.getGitDir() + ": cannot open the git "
                    + "repository: " + e.getMessage(), e);
        }
    }

    /** ROOT's folder relative to the top of the working tree, with '/'. */
    private static String prefix(Repository repo, Path root, Path real) throws GitRefusal {
        try {
            Path work = repo.getWorkTree().toPath().toRealPath();
            if (!real.startsWith(work)) {
                throw new IOException(root + " is not inside the working tree " + work);
            }
            return work.relativize(real).toString().replace(File.separatorChar, '/');
        } catch (IOException e) {
            throw new GitRefusal(GitRefusal.Reason.NOT_A_REPOSITORY, root + ": " + e.getMessage(), e);
        }
    }

    /** ROOT's folder inside the repository, with '/'; "" when ROOT is the top of the working tree. */
    public String rootInRepository() {
        return prefix;
    }

    /**
     * Checks a branch request before any work: a valid ref name, not a branch some working tree has
     * checked out (moving it would change that checkout), and an author: {@code author} as
     * "Name &lt;mail&gt;", or user.name and user.email from git config.
     */
    public BranchRequest request(String branch, boolean force, Optional<String> author) throws GitRefusal {
        checkName(branch);
        try {
            String where = CheckedOutBranches.of(repo).get(Constants.R_HEADS + branch);
            if (where != null) {
                throw new GitRefusal(GitRefusal.Reason.BAD_BRANCH, "--branch " + branch + ": is the branch checked "
                        + "out " + (where.equals("here") ? "here" : "in " + where) + "; gorewrite never moves a "
                        + "checked-out branch (that would change a checkout): choose another name");
            }
        } catch (IOException e) {
            throw gitError(e);
        }
        PersonIdent[] who = Identities.of(repo, author);
        return new BranchRequest(branch, force, who[0], who[1]);
    }

    /** Refuses what git refuses (see {@link BranchNames}), and what JGit could not store anyway. */
    private static void checkName(String branch) throws GitRefusal {
        Optional<String> problem = BranchNames.problem(branch)
                .or(() -> Repository.isValidRefName(Constants.R_HEADS + branch) ? Optional.empty()
                        : Optional.of("JGit cannot store it"));
        if (problem.isPresent()) {
            throw new GitRefusal(GitRefusal.Reason.BAD_BRANCH, "--branch " + branch + ": not a valid git branch name: "
                    + problem.get());
        }
    }

    /** The commit to build on: {@code revision} if given, else HEAD, which must be on a branch with a commit. */
    public BaseCommit base(Optional<String> revision) throws GitRefusal {
        try (RevWalk walk = new RevWalk(repo)) {
            if (revision.isPresent()) {
                ObjectId id;
                try {
                    id = repo.resolve(revision.get() + "^{commit}");
                } catch (RevisionSyntaxException | IOException e) {
                    id = null;
                }
                if (id == null) {
                    throw new GitRefusal(GitRefusal.Reason.NO_BASE, "--base " + revision.get() + ": no such commit");
                }
                return new BaseCommit(walk.parseCommit(id), revision.get());
            }
            Ref head = repo.exactRef(Constants.HEAD);
            if (head == null || head.getObjectId() == null) {
                String on = head != null && head.isSymbolic() ? Repository.shortenRefName(head.getTarget().getName()) : "HEAD";
                throw new GitRefusal(GitRefusal.Reason.NO_BASE, "HEAD is unborn: " + on + " has no commit yet; "
                        + "commit first, or name the commit to build on with --base REV");
            }
            if (!head.isSymbolic()) {
                throw new GitRefusal(GitRefusal.Reason.NO_BASE, "HEAD is detached at "
                        + head.getObjectId().abbreviate(7).name() + "; check out a branch, or name the commit to "
                        + "build on with --base REV (e.g. --base HEAD)");
            }
            return new BaseCommit(walk.parseCommit(head.getObjectId()),
                    Repository.shortenRefName(head.getTarget().getName()));
        } catch (IOException e) {
            throw gitError(e);
        }
    }

    /**
     * Migrates the base commit's targets in memory, from the commit's content, or with
     * {@code fromWorktree} from the working tree's (tracked files only). A target with
     * uncommitted changes is refused unless {@code fromWorktree}: a branch built from the commit
     * would silently leave the user's edit out.
     */
    public TreeMigration migrate(BaseCommit base, List<Recipe> recipes, boolean fromWorktree) throws GitRefusal {
        try {
            return new TreeMigrator(repo, root, prefix).migrate(base, recipes, fromWorktree);
        } catch (IOException e) {
            throw gitError(e);
        }
    }

    /**
     * Commits the changed files of {@code migration} on the requested branch (see {@link BranchResult}
     * for the three ways it can end). Only for a migration where nothing failed.
     */
    public BranchResult commit(TreeMigration migration, BranchRequest request, String message) throws GitRefusal {
        if (migration.failed()) {
            throw new IllegalStateException("a migration with failures is never committed");
        }
        Map<TrackedTarget, byte[]> changes = new LinkedHashMap<>();
        for (FileOutcome f : migration.outcomes()) {
            if (f.status() == FileOutcome.Status.CHANGED) {
                changes.put(migration.targets.get(f.path()), f.after());
            }
        }
        try {
            return new BranchWriter(repo).write(migration, changes, request, message);
        } catch (IOException e) {
            throw gitError(e);
        }
    }

    /** Pushes the branch to {@code remote} (a configured remote's name, or a URL or path). */
    public PushOutcome push(String remote, BranchRequest request) throws GitRefusal {
        return push(remote, request, FS.DETECTED.userHome(), System::getenv);
    }

    PushOutcome push(String remote, BranchRequest request, File home, UnaryOperator<String> env) throws GitRefusal {
        return new Pusher(repo, home, env).push(remote, request.branch(), request.force());
    }

    /** Where {@code remote} points, as it would be printed (never with a password). */
    public String remoteUrl(String remote) {
        return new Pusher(repo, FS.DETECTED.userHome(), System::getenv).displayUrl(remote);
    }

    private static GitRefusal gitError(IOException e) {
        return new GitRefusal(GitRefusal.Reason.GIT_ERROR, "git: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        repo.close();
    }
}
