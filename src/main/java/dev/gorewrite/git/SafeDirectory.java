package dev.gorewrite.git;

import com.sun.security.auth.module.UnixSystem;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

    /**
     * What git checks: the path safe.directory must name, and the files that must be the user's.
     * A checkout is named by its working tree; a repository git-receive-pack enters, by its git folder.
     */
    record Place(Path shown, List<Path> owned) {
        Place {
            Objects.requireNonNull(shown, "shown");
            owned = List.copyOf(owned);
        }

        /** The working tree, a `.git` file pointing elsewhere, the git folder. */
        static Place checkout(Repository repo) {
            if (repo.isBare()) {
                return receiving(repo.getDirectory());
            }
            Path top = repo.getWorkTree().toPath();
            List<Path> owned = new ArrayList<>(List.of(top));
            if (Files.isRegularFile(top.resolve(Constants.DOT_GIT), LinkOption.NOFOLLOW_LINKS)) {
                owned.add(top.resolve(Constants.DOT_GIT));
            }
            owned.add(repo.getDirectory().toPath());
            return new Place(real(top), owned);
        }

        static Place receiving(File gitDir) {
            return new Place(real(gitDir.toPath()), List.of(gitDir.toPath()));
        }
    }

    /** Refuses the checkout {@code repo} as git would. */
    static void check(Repository repo) throws GitRefusal {
        Optional<String> problem = problem(Place.checkout(repo));
        if (problem.isPresent()) {
            throw new GitRefusal(GitRefusal.Reason.UNSAFE_REPOSITORY, problem.get());
        }
    }

    /** Why git would refuse {@code place}, if it would; nothing is checked where files have no unix owner. */
    static Optional<String> problem(Place place) throws GitRefusal {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("unix")) {
            return Optional.empty();
        }
        SystemReader system = SystemReader.getInstance();
        long user = user(new UnixSystem().getUid(), system::getenv);
        Config trusted;
        try {
            trusted = system.getUserConfig();
        } catch (IOException | ConfigInvalidException e) {
            throw new GitRefusal(GitRefusal.Reason.GIT_ERROR, "git: cannot read the global git config: " + e.getMessage(), e);
        }
        return problem(place, user, trusted, system.getProperty("user.home"));
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

    /** git's message when a file of {@code place} is not {@code user}'s and {@code trusted} does not list it. */
    static Optional<String> problem(Place place, long user, Config trusted, String home) throws GitRefusal {
        Optional<Long> stranger = Optional.empty();
        for (Path path : place.owned()) {
            long owner = owner(path);
            stranger = owner == user ? stranger : stranger.or(() -> Optional.of(owner));
        }
        if (stranger.isEmpty() || listed(trusted, place.shown(), home)) {
            return Optional.empty();
        }
        return Optional.of("detected dubious ownership in repository at '" + place.shown() + "' (owned by uid "
                + stranger.get() + ", not by you, uid " + user + "): its config picks the filters and hooks that would "
                + "run as you, so gorewrite refuses it as git does.\nTo add an exception for this directory, call:\n\n"
                + "\tgit config --global --add safe.directory " + place.shown());
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
