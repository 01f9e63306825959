package dev.gorewrite.git;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RemoteConfig;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.util.FS;

/**
 * A push to a path or file:// URL. `git push` runs git-receive-pack in the receiving repository,
 * which runs its hooks; JGit's in-process transport runs none of them, so a pre-receive hook that
 * guards the repository would be bypassed. A local push therefore forks `git receive-pack` when git
 * is on PATH, and without git a remote that has any receive hook is refused.
 */
final class LocalPush {
    /**
     * Every hook git-receive-pack runs. The first four can refuse a push (policy); the others act on
     * one (CI triggers, mails, mirrors, update-server-info, a deployed checkout), and skipping
     * them leaves the remote's owner with a push nothing reacted to.
     */
    static final List<String> HOOKS = List.of("pre-receive", "update", "proc-receive", "reference-transaction",
            "post-receive", "post-update", "push-to-checkout");

    private final Repository local;
    private final Optional<Path> git;

    LocalPush(Repository local, UnaryOperator<String> env) {
        this.local = local;
        this.git = onPath(env.apply("PATH"));
    }

    /** The first executable `git` on {@code path}. */
    static Optional<Path> onPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "git")).filter(f -> Files.isRegularFile(f) && Files.isExecutable(f)).findFirst();
    }

    /**
     * Why {@code uri} cannot be pushed to faithfully, if it cannot: a local remote of another user
     * (git receive-pack refuses it, in words JGit would lose), or one with hooks and no git.
     */
    Optional<String> problem(URIish uri) throws IOException, GitRefusal {
        if (!isLocal(uri)) {
            return Optional.empty();
        }
        Optional<File> gitDir = gitDir(uri);
        if (gitDir.isEmpty()) {
            return Optional.empty(); // the push itself says that nothing is there
        }
        Optional<String> unsafe = SafeDirectory.problem(SafeDirectory.Place.receiving(gitDir.get()));
        if (unsafe.isPresent() || git.isPresent()) {
            return unsafe;
        }
        try (Repository remote = new FileRepositoryBuilder().setGitDir(gitDir.get()).setMustExist(true).build()) {
            return hooks(remote);
        }
    }

    /** The git folder a local {@code uri} names, resolved as JGit does. */
    private Optional<File> gitDir(URIish uri) {
        File top = local.isBare() ? local.getDirectory() : local.getWorkTree();
        return Optional.ofNullable(RepositoryCache.FileKey.resolve(local.getFS().resolve(top, uri.getPath()), local.getFS()));
    }

    private static Optional<String> hooks(Repository remote) {
        List<String> hooks = HOOKS.stream().filter(h -> FS.DETECTED.findHook(remote, h) != null).toList();
        return hooks.isEmpty() ? Optional.empty() : Optional.of(remote.getDirectory() + " has receive hooks ("
                + String.join(", ", hooks) + ") that only git runs, and git is not on PATH; JGit would push past them. "
                + "Install git");
    }

    /** Makes a local transport fork git receive-pack, unless the remote's config names its own program. */
    void configure(Transport transport) {
        String program = transport.getOptionReceivePack();
        boolean builtIn = program.equals(RemoteConfig.DEFAULT_RECEIVE_PACK) || program.equals("git receive-pack");
        Optional<File> gitDir = isLocal(transport.getURI()) ? gitDir(transport.getURI()) : Optional.empty();
        if (git.isPresent() && builtIn && gitDir.isPresent()) {
            // Anything else than the two built-in spellings makes JGit fork it, as `sh -c 'PROGRAM "$@"' .`
            // in the remote's git folder. The '#' drops that ".": git would check safe.directory
            // against ".", while `git push` names the repository by its path, as this does (the
            // path gorewrite's own safe.directory check used).
            transport.setOptionReceivePack("exec " + quote(git.get().toString()) + " receive-pack "
                    + quote(SafeDirectory.Place.receiving(gitDir.get()).shown().toString()) + " #");
        }
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** What JGit's local transport handles: no host, and no scheme or file://. */
    static boolean isLocal(URIish uri) {
        return uri.getHost() == null && uri.getPath() != null && (uri.getScheme() == null || uri.getScheme().equals("file"));
    }
}
