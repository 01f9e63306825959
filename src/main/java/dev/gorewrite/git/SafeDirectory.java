package dev.gorewrite.git;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.util.SystemReader;

/**
 * git's safe.directory rule (git 2.35.2 on), which JGit lacks: a repository's config chooses the
 * clean filters and hooks that gorewrite runs as the current user, so a repository whose working
 * tree, git folder or `.git` file belongs to someone else is refused, unless the system or global
 * config (never the repository's own) lists it in safe.directory, or lists `*`. As in git, a root
 * user under sudo counts as SUDO_UID.
 */
final class SafeDirectory {
    private SafeDirectory() {}

    /** Refuses {@code repo} as git would; nothing is checked where files have no unix owner. */
    static void check(Repository repo) throws GitRefusal {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("unix")) {
            return;
        }
        SystemReader system = SystemReader.getInstance();
        long user = user(new UnixSystem().getUid(), system::getenv);
        Config trusted;
        try {
            trusted = system.getUserConfig();
        } catch (IOException | ConfigInvalidException e) {
            throw new GitRefusal(GitRefusal.Reason.GIT_ERROR, "git: cannot read the global git config: " + e.getMessage(), e);
        }
        Optional<String> problem = problem(repo, user, trusted, system.getProperty("user.home"));
        if (problem.isPresent()) {
            throw new GitRefusal(GitRefusal.Reason.UNSAFE_REPOSITORY, problem.get());
        }
    }

    /** The uid git compares owners with: {@code uid}, or SUDO_UID when root runs under sudo. */
    static long user(long uid, UnaryOperator<String> env) {
        String sudo = env.apply("SUDO_UID");
        if (uid != 0 || sudo == null) {
            return uid;
        }
        try {
            return Long.parseLong(sudo.strip());
        } catch (NumberFormatException e) {
            return uid;
        }
    }

    /** git's message when some part of {@code repo} is not {@code user}'s and {@code trusted} does not list it. */
    static Optional<String> problem(Repository repo, long user, Config trusted, String home) throws GitRefusal {
        Path shown = real(repo.isBare() ? repo.getDirectory().toPath() : repo.getWorkTree().toPath());
        Optional<Long> stranger = owners(repo).stream().filter(owner -> owner != user).findFirst();
        if (stranger.isEmpty() || listed(trusted, shown, home)) {
            return Optional.empty();
        }
        return Optional.of("detected dubious ownership in repository at '" + shown + "' (owned by uid " + stranger.get()
                + ", not by you, uid " + user + "): its config picks the filters and hooks gorewrite would run as you, "
                + "so gorewrite refuses it as git does.\nTo add an exception for this directory, call:\n\n"
                + "\tgit config --global --add safe.directory " + shown);
    }

    /** The owners git looks at: the working tree, a `.git` file pointing elsewhere, the git folder. */
    private static List<Long> owners(Repository repo) throws GitRefusal {
        List<Path> parts = new ArrayList<>();
        if (!repo.isBare()) {
            Path top = repo.getWorkTree().toPath();
            parts.add(top);
            if (Files.isRegularFile(top.resolve(Constants.DOT_GIT), LinkOption.NOFOLLOW_LINKS)) {
                parts.add(top.resolve(Constants.DOT_GIT));
            }
        }
        parts.add(repo.getDirectory().toPath());
        List<Long> owners = new ArrayList<>();
        for (Path part : parts) {
            owners.add(owner(part));
        }
        return owners;
    }

    private static long owner(Path path) throws GitRefusal {
        try {
            return ((Number) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue();
        } catch (IOException e) {
            throw new GitRefusal(GitRefusal.Reason.GIT_ERROR, "git: cannot see who owns " + path + ": " + e.getMessage(), e);
        }
    }

    /** git reads the values in order: `*` trusts all, an empty value forgets the ones before it. */
    private static boolean listed(Config trusted, Path repo, String home) {
        boolean safe = false;
        for (String value : trusted.getStringList("safe", null, "directory")) {
            if (value == null || value.isEmpty()) {
                safe = false;
            } else if (value.equals("*") || names(value, repo, home)) {
                safe = true;
            }
        }
        return safe;
    }

    /** Whether the configured path (`~/` expanded, as git does) is {@code repo}. */
    private static boolean names(String value, Path repo, String home) {
        String expanded = value.startsWith("~/") && home != null ? home + value.substring(1) : value;
        try {
            Path path = Path.of(expanded);
            return path.isAbsolute() && (path.normalize().equals(repo) || Files.exists(path) && real(path).equals(repo));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
