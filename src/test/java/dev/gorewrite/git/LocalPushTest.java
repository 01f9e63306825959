package dev.gorewrite.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorewrite.recipe.RecipeCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pushes to a local bare repository when git is not on PATH (an environment whose PATH holds no
 * git): a remote with receive hooks is refused, since JGit's in-process push would skip them.
 */
class LocalPushTest {
    private static final String BRANCH = "fix/datastorage-image-tag";

    @TempDir
    Path tmp;

    Path remote;
    UnaryOperator<String> noGit;

    @BeforeEach
    void remote() throws Exception {
        remote = tmp.resolve("remote.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).call().close();
        Path emptyBin = Files.createDirectories(tmp.resolve("bin"));
        noGit = name -> name.equals("PATH") ? emptyBin.toString() : null;
    }

    @Test
    void withoutGitARemoteWithAReceiveHookIsRefusedAndLeftAlone() throws Exception {
        Path mark = tmp.resolve("ran");
        hook(remote.resolve("hooks"), "post-receive", "echo ran > " + mark);
        try (GitCheckout git = GitCheckout.open(ExampleRepository.create(tmp.resolve("work")))) {
            BranchRequest request = commit(git);

            assertThatThrownBy(() -> git.push(remote.toString(), request, tmp.toFile(), noGit))
                    .isInstanceOf(GitRefusal.class)
                    .hasMessage("push failed: " + remote + " has receive hooks (post-receive) that only git runs, and git "
                            + "is not on PATH; JGit would push past them. Install git; the branch is committed locally: "
                            + "push it with: git push " + remote + " " + BRANCH);
        }
        assertThat(remoteBranch()).isFalse();
        assertThat(mark).doesNotExist();
    }

    @Test
    void hooksAreLookedForWhereTheRemotesCoreHooksPathSays() throws Exception {
        Path shared = Files.createDirectories(tmp.resolve("shared-hooks"));
        hook(shared, "pre-receive", "exit 1");
        try (Repository bare = Git.open(remote.toFile()).getRepository()) {
            StoredConfig config = bare.getConfig();
            config.setString("core", null, "hooksPath", shared.toString());
            config.save();
        }
        try (GitCheckout git = GitCheckout.open(ExampleRepository.create(tmp.resolve("work")))) {
            BranchRequest request = commit(git);

            assertThatThrownBy(() -> git.push("file://" + remote, request, tmp.toFile(), noGit))
                    .isInstanceOf(GitRefusal.class).hasMessageContaining("has receive hooks (pre-receive)");
        }
        assertThat(remoteBranch()).isFalse();
    }

    @Test
    void withoutGitARemoteWithoutHooksIsPushedToInProcess() throws Exception {
        hook(remote.resolve("hooks"), "pre-push", "exit 1"); // a sending-side hook: not the remote's business
        try (GitCheckout git = GitCheckout.open(ExampleRepository.create(tmp.resolve("work")))) {
            BranchRequest request = commit(git);

            PushOutcome pushed = git.push(remote.toString(), request, tmp.toFile(), noGit);

            assertThat(pushed.upToDate()).isFalse();
        }
        assertThat(remoteBranch()).isTrue();
    }

    @Test
    void localMeansAPathOrAFileUrl() throws Exception {
        assertThat(LocalPush.isLocal(new URIish("/srv/git/app.git"))).isTrue();
        assertThat(LocalPush.isLocal(new URIish("../app.git"))).isTrue();
        assertThat(LocalPush.isLocal(new URIish("file:///srv/git/app.git"))).isTrue();
        assertThat(LocalPush.isLocal(new URIish("git@github.com:team/app.git"))).isFalse();
        assertThat(LocalPush.isLocal(new URIish("ssh://git@host/app.git"))).isFalse();
        assertThat(LocalPush.isLocal(new URIish("https://host/team/app.git"))).isFalse();
    }

    @Test
    void gitIsFoundOnPathOnlyAsAnExecutableFile() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin2"));
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        Files.writeString(plain.resolve("git"), "not executable");
        hook(bin, "git", "exit 0");

        assertThat(LocalPush.onPath(plain + ":" + bin)).contains(bin.resolve("git"));
        assertThat(LocalPush.onPath(plain.toString())).isEmpty();
        assertThat(LocalPush.onPath(null)).isEmpty();
    }

    private boolean remoteBranch() throws Exception {
        try (Git bare = Git.open(remote.toFile())) {
            return bare.getRepository().exactRef(Constants.R_HEADS + BRANCH) != null;
        }
    }

    private static BranchRequest commit(GitCheckout git) throws Exception {
        BranchRequest request = git.request(BRANCH, false, Optional.of("Bot <bot@example.com>"));
        TreeMigration migration = git.migrate(git.base(Optional.empty()), RecipeCatalog.load(List.of()).all(), false);
        git.commit(migration, request, "test migration\n");
        return request;
    }

    private static void hook(Path dir, String name, String script) throws Exception {
        Path hook = Files.createDirectories(dir).resolve(name);
        Files.writeString(hook, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
