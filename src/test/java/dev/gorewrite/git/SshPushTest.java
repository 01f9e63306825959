package dev.gorewrite.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorewrite.recipe.RecipeCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real ssh push: an in-process Apache sshd server that runs JGit's receive-pack, a client key
 * that exists only in an ssh-agent, the server's host key in the test home's known_hosts.
 */
class SshPushTest {
    private static final String BRANCH = "fix/datastorage-image-tag";

    @TempDir
    Path tmp;

    SshServer server;
    KeyPair clientKey;
    Path remote;
    Path home;

    @BeforeEach
    void server() throws Exception {
        clientKey = AgentSocketConnectorTest.rsa();
        KeyPair hostKey = AgentSocketConnectorTest.rsa();
        remote = tmp.resolve("remote.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).call().close();
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPublickeyAuthenticator((user, key, session) -> key.equals(clientKey.getPublic()));
        server.setCommandFactory(receivePackOnly());
        server.start();
        home = Files.createDirectories(tmp.resolve("home"));
        Files.createDirectories(home.resolve(".ssh"));
        Files.writeString(home.resolve(".ssh/known_hosts"),
                "[127.0.0.1]:" + server.getPort() + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n");
    }

    @AfterEach
    void stop() throws IOException {
        server.stop(true);
    }

    @Test
    void pushesThroughSshWithTheKeyFromTheAgent() throws Exception {
        Path work = checkout();
        try (TestAgent agent = new TestAgent(tmp.resolve("agent.sock"), clientKey);
                GitCheckout git = GitCheckout.open(work)) {
            BranchRequest request = git.request(BRANCH, false, Optional.of("Bot <bot@example.com>"));
            BranchResult branch = commit(git, request);
            String url = "ssh://git@127.0.0.1:" + server.getPort() + remote;

            PushOutcome pushed = git.push(url, request, home.toFile(), env(agent.socket));

            assertThat(pushed.remoteUrl()).isEqualTo(url);
            assertThat(pushed.upToDate()).isFalse();
            assertThat(agent.requests.get()).as("the agent listed and signed").isGreaterThanOrEqualTo(2);
            try (Repository bare = new FileRepositoryBuilder().setGitDir(remote.toFile()).build()) {
                Ref ref = bare.exactRef(Constants.R_HEADS + BRANCH);
                assertThat(ref).isNotNull();
                assertThat(ref.getObjectId().name()).isEqualTo(branch.commitId());
            }
        }
    }

    @Test
    void withoutTheKeyTheServerRefusesAndTheMessageSaysHowToPushByHand() throws Exception {
        Path work = checkout();
        try (GitCheckout git = GitCheckout.open(work)) {
            BranchRequest request = git.request(BRANCH, false, Optional.of("Bot <bot@example.com>"));
            commit(git, request);
            String url = "ssh://git@127.0.0.1:" + server.getPort() + remote;

            assertThatThrownBy(() -> git.push(url, request, home.toFile(), env(tmp.resolve("no-agent.sock"))))
                    .isInstanceOf(GitRefusal.class)
                    .hasMessageStartingWith("push failed: ")
                    .hasMessageContaining("Cannot log in")
                    .hasMessageEndingWith("push it with: git push " + url + " " + BRANCH)
                    .extracting(e -> ((GitRefusal) e).reason()).isEqualTo(GitRefusal.Reason.PUSH_FAILED);
        }
    }

    @Test
    void anUnknownHostKeyIsNotAccepted() throws Exception {
        Files.writeString(home.resolve(".ssh/known_hosts"), "");
        Path work = checkout();
        try (TestAgent agent = new TestAgent(tmp.resolve("agent.sock"), clientKey);
                GitCheckout git = GitCheckout.open(work)) {
            BranchRequest request = git.request(BRANCH, false, Optional.of("Bot <bot@example.com>"));
            commit(git, request);
            String url = "ssh://git@127.0.0.1:" + server.getPort() + remote;

            assertThatThrownBy(() -> git.push(url, request, home.toFile(), env(agent.socket)))
                    .isInstanceOf(GitRefusal.class).hasMessageStartingWith("push failed: ")
                    .hasMessageContaining("Server key did not validate");
            try (Repository bare = new FileRepositoryBuilder().setGitDir(remote.toFile()).build()) {
                assertThat(bare.exactRef(Constants.R_HEADS + BRANCH)).isNull();
            }
        }
    }

    private static java.util.function.UnaryOperator<String> env(Path agentSocket) {
        return name -> name.equals("SSH_AUTH_SOCK") ? agentSocket.toString() : null;
    }

    private Path checkout() throws Exception {
        return ExampleRepository.create(tmp.resolve("work"));
    }

    private static BranchResult commit(GitCheckout git, BranchRequest request) throws Exception {
        BaseCommit base = git.base(Optional.empty());
        TreeMigration migration = git.migrate(base, RecipeCatalog.load(List.of()).all(), false);
        assertThat(migration.changesAnything()).isTrue();
        return git.commit(migration, request, "test migration\n");
    }

    /** Runs JGit's receive-pack on the bare repository for `git-receive-pack '<path>'`, refuses anything else. */
    private CommandFactory receivePackOnly() {
        return (channel, command) -> new Command() {
            private InputStream in;
            private OutputStream out;
            private OutputStream err;
            private ExitCallback exit;

            @Override
            public void setInputStream(InputStream in) {
                this.in = in;
            }

            @Override
            public void setOutputStream(OutputStream out) {
                this.out = out;
            }

            @Override
            public void setErrorStream(OutputStream err) {
                this.err = err;
            }

            @Override
            public void setExitCallback(ExitCallback exit) {
                this.exit = exit;
            }

            @Override
            public void start(ChannelSession session, Environment env) {
                Thread t = new Thread(() -> {
                    int code = 0;
                    try (Repository repo = new FileRepositoryBuilder().setGitDir(remote.toFile()).build()) {
                        if (!command.startsWith("git-receive-pack ")) {
                            throw new IOException("not allowed: " + command);
                        }
                        new ReceivePack(repo).receive(in, out, err);
                    } catch (IOException e) {
                        code = 1;
                    }
                    exit.onExit(code);
                }, "test-receive-pack");
                t.setDaemon(true);
                t.start();
            }

            @Override
            public void destroy(ChannelSession session) {
            }
        };
    }
}
