package dev.gorewrite.git;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.gorewrite.recipe.RecipeCatalog;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * http(s) credentials: which ones a push sends (an HTTP server that demands Basic auth records
 * them, then denies), and that none of them ever shows in a message.
 */
class HttpsPushTest {
    private static final String BRANCH = "fix/datastorage-image-tag";

    @TempDir
    Path tmp;

    HttpServer server;
    List<String> authorizations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void server() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (auth == null) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
                exchange.sendResponseHeaders(401, -1);
            } else {
                authorizations.add(auth);
                exchange.sendResponseHeaders(403, -1);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aTokenFromTheEnvironmentIsSentAndNeverPrinted() throws Exception {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/team/repo.git";

        String message = pushFails(url, Map.of("GIT_TOKEN", "tok-3141592653"));

        assertThat(authorizations).contains(basic("x-access-token", "tok-3141592653"));
        assertThat(message).startsWith("push failed: ").doesNotContain("tok-3141592653")
                .endsWith("push it with: git push " + url + " " + BRANCH);
    }

    @Test
    void usernameAndPasswordFromTheEnvironment() throws Exception {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/team/repo.git";

        String message = pushFails(url, Map.of("GIT_USERNAME", "ci-bot", "GIT_PASSWORD", "pw-2718281828"));

        assertThat(authorizations).contains(basic("ci-bot", "pw-2718281828"));
        assertThat(message).doesNotContain("pw-2718281828");
    }

    @Test
    void aPasswordInTheRemoteUrlIsUsedButNeverPrinted() throws Exception {
        String url = "http://alice:pw-1414213562@127.0.0.1:" + server.getAddress().getPort() + "/team/repo.git";

        String message = pushFails(url, Map.of());

        assertThat(authorizations).contains(basic("alice", "pw-1414213562"));
        assertThat(message).doesNotContain("pw-1414213562").contains("alice:***@");
    }

    @Test
    void onlyHttpIsAnsweredSoAPasswordNeverBecomesAnSshPassphrase() throws Exception {
        HttpsCredentials credentials = new HttpsCredentials(Map.of("GIT_TOKEN", "tok")::get);
        CredentialItem.Password ssh = new CredentialItem.Password();
        CredentialItem.Password https = new CredentialItem.Password();
        CredentialItem.YesNoType hostKey = new CredentialItem.YesNoType("accept the host key?");

        assertThat(credentials.get(new URIish("ssh://git@example.com/x.git"), ssh)).isFalse();
        assertThat(credentials.get(new URIish("https://example.com/x.git"), hostKey)).isFalse();
        assertThat(credentials.get(new URIish("https://example.com/x.git"), https)).isTrue();
        assertThat(new String(https.getValue())).isEqualTo("tok");
        assertThat(credentials.isInteractive()).isFalse();
    }

    private String pushFails(String url, Map<String, String> env) throws Exception {
        Path work = ExampleRepository.create(tmp.resolve("work"));
        try (GitCheckout git = GitCheckout.open(work)) {
            BranchRequest request = git.request(BRANCH, false, Optional.of("Bot <bot@example.com>"));
            TreeMigration migration = git.migrate(git.base(Optional.empty()), RecipeCatalog.load(List.of()).all(), false);
            git.commit(migration, request, "test migration\n");
            GitRefusal refusal = (GitRefusal) org.assertj.core.api.Assertions.catchThrowable(
                    () -> git.push(url, request, tmp.resolve("home").toFile(), env::get));
            assertThat(refusal).isNotNull();
            assertThat(refusal.reason()).isEqualTo(GitRefusal.Reason.PUSH_FAILED);
            assertThat(git.remoteUrl(url)).doesNotContain("pw-");
            return refusal.getMessage();
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
