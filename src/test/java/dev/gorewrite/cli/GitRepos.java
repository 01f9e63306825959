package dev.gorewrite.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Real git repositories in temp folders, made with JGit, for the `run --branch` tests; and a
 * SystemReader that hides the developer's own ~/.gitconfig and GIT_* variables, so a global
 * commit.gpgsign or user.name cannot change what the tests see.
 */
final class GitRepos {
    static final Path EXAMPLES = Path.of("examples/kubernaut");
    static final Path EXPECTED = Path.of("examples/expected/test/infrastructure");

    private static SystemReader original;

    private GitRepos() {}

    /** Isolates JGit from the machine's git configuration; undo with {@link #restore()}. */
    static void isolate(Path emptyHome) {
        original = SystemReader.getInstance();
        SystemReader.setInstance(new SystemReader.Delegate(original) {
            @Override
            public FileBasedConfig openUserConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, emptyHome.resolve("gitconfig").toFile(), fs);
            }

            @Override
            public FileBasedConfig openSystemConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, emptyHome.resolve("system-gitconfig").toFile(), fs);
            }

            @Override
            public FileBasedConfig openJGitConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, emptyHome.resolve("jgitconfig").toFile(), fs);
            }

            @Override
            public String getenv(String name) {
                return name.startsWith("GIT_") ? null : super.getenv(name);
            }
        });
    }

    static void restore() {
        SystemReader.setInstance(original);
    }

    /** A repository on branch main with {@code tree} committed; user.name and user.email set. */
    static Git init(Path dir, Path tree) throws IOException, GitAPIException {
        Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        StoredConfig config = git.getRepository().getConfig();
        config.setString("user", null, "name", "Rita Reviewer");
        config.setString("user", null, "email", "rita@example.com");
        config.save();
        copy(tree, dir);
        commitAll(git, "Initial import");
        return git;
    }

    static RevCommit commitAll(Git git, String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        return git.commit().setMessage(message).setSign(false).call();
    }

    /** A bare repository at {@code dir}, added to {@code git} as remote {@code name}. */
    static Git bareRemote(Git git, String name, Path dir) throws IOException, GitAPIException {
        Git bare = Git.init().setBare(true).setDirectory(dir.toFile()).call();
        addRemote(git, name, dir.toString());
        return bare;
    }

    static void addRemote(Git git, String name, String url) throws IOException {
        StoredConfig config = git.getRepository().getConfig();
        config.setString("remote", name, "url", url);
        config.setString("remote", name, "fetch", "+refs/heads/*:refs/remotes/" + name + "/*");
        config.save();
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** An executable hook {@code name} in the git folder {@code gitDir} that runs {@code script} with sh. */
    static void hook(Path gitDir, String name, String script) throws IOException {
        Path hook = Files.createDirectories(gitDir.resolve("hooks")).resolve(name);
        Files.writeString(hook, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Gives {@code dir} and everything in it to {@code uid} (the tests run as root, who may). */
    static void chown(Path dir, int uid) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("chown", "-R", Integer.toString(uid), dir.toString()).inheritIO().start();
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, "chown needs root");
    }

    /** Adds {@code key = value} to the global git config of the {@link #isolate isolated} home. */
    static void globalConfig(Path home, String key, String value) throws IOException {
        Path file = home.resolve("gitconfig");
        String[] parts = key.split("\\.", 2);
        String text = Files.exists(file) ? Files.readString(file) : "";
        Files.writeString(file, text + "[" + parts[0] + "]\n\t" + parts[1] + " = " + value + "\n");
    }

    /** {@code mode} (as `rw-r--r--`) less this process's umask: what a file created with it gets. */
    static Set<PosixFilePermission> createdMode(String mode) throws IOException {
        String line = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("Umask:"))
                .findFirst().orElseThrow(() -> new IOException("no Umask in /proc/self/status"));
        int umask = Integer.parseInt(line.substring("Umask:".length()).strip(), 8);
        Set<PosixFilePermission> created = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ (0400) first, OTHERS_EXECUTE (0001) last
        for (PosixFilePermission p : PosixFilePermissions.fromString(mode)) {
            if ((umask & (0400 >> p.ordinal())) == 0) {
                created.add(p);
            }
        }
        return created;
    }

    /** What a gorewrite process printed (stdout and stderr together), and its exit code. */
    record Launched(int exit, String output) {}

    /**
     * gorewrite in a JVM of its own, started by sh after {@code shellSetup} (e.g. `umask 027`),
     * with HOME (git's) and user.home (JGit's) at {@code home} so that the user's git config stays out of it.
     */
    static Launched launch(Path home, String shellSetup, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", "-c", shellSetup + " && exec \"$0\" \"$@\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-cp", classPath(), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CONFIG_HOME", home.toString());
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new Launched(p.waitFor(), output);
    }

    /** The paths that the last commit of {@code branch} changes against its parent. */
    static List<String> changedPaths(Repository repo, String branch) throws IOException {
        return changedPaths(repo, repo.exactRef(Constants.R_HEADS + branch).getObjectId());
    }

    /** The paths that commit {@code id} changes against its first parent. */
    static List<String> changedPaths(Repository repo, ObjectId id) throws IOException {
        try (RevWalk walk = new RevWalk(repo); TreeWalk tree = new TreeWalk(repo)) {
            RevCommit commit = walk.parseCommit(id);
            tree.addTree(walk.parseCommit(commit.getParent(0)).getTree());
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            tree.setFilter(TreeFilter.ANY_DIFF);
            List<String> paths = new ArrayList<>();
            while (tree.next()) {
                paths.add(tree.getPathString());
            }
            return paths;
        }
    }

    /** This JVM's class path without empty entries (surefire ends it with one, which would add the current folder). */
    private static String classPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator)).filter(e -> !e.isEmpty())
                .collect(java.util.stream.Collectors.joining(File.pathSeparator));
    }

    /**
     * Everything a user could notice about a checkout: HEAD (its ref and commit), the index file's
     * bytes and time, and every file's bytes outside .git.
     */
    record Checkout(String head, ObjectId headId, byte[] index, long indexModified, Map<String, String> files) {
        static Checkout of(Git git) throws IOException {
            Ref head = git.getRepository().exactRef(Constants.HEAD);
            File indexFile = git.getRepository().getIndexFile();
            Path top = git.getRepository().getWorkTree().toPath();
            Map<String, String> files = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(top)) {
                for (Path f : walk.filter(Files::isRegularFile).filter(f -> !top.relativize(f).startsWith(".git")).toList()) {
                    files.put(top.relativize(f).toString(), ObjectId.fromRaw(
                            Constants.newMessageDigest().digest(Files.readAllBytes(f))).name());
                }
            }
            return new Checkout(head.getTarget().getName(), head.getObjectId(), Files.readAllBytes(indexFile.toPath()),
                    indexFile.lastModified(), files);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Checkout c && head.equals(c.head) && headId.equals(c.headId)
                    && java.util.Arrays.equals(index, c.index) && indexModified == c.indexModified && files.equals(c.files);
        }

        @Override
        public int hashCode() {
            return head.hashCode();
        }

        @Override
        public String toString() {
            return "HEAD " + head + " at " + headId.name() + ", index " + index.length + " bytes @" + indexModified
                    + ", files " + files;
        }
    }
}
