package dev.gorewrite.git;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteConfig;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * Pushes refs/heads/NAME to the same name on a remote through JGit's transports: http(s), ssh via
 * Apache MINA sshd, and for a path or file:// URL `git receive-pack` so that the remote's hooks run
 * (see {@link LocalPush}). ssh reads ~/.ssh/config, known_hosts and keys and asks the ssh-agent;
 * http(s) uses {@link HttpsCredentials}. Nothing is ever prompted for, and no password or token
 * appears in a message.
 */
final class Pusher {
    private static final int TIMEOUT_SECONDS = 60;

    private final Repository repo;
    private final File home;
    private final UnaryOperator<String> env;

    Pusher(Repository repo, File home, UnaryOperator<String> env) {
        this.repo = repo;
        this.home = home;
        this.env = env;
    }

    PushOutcome push(String remote, String branch, boolean force) throws GitRefusal {
        String ref = Constants.R_HEADS + branch;
        String url = displayUrl(remote);
        String byHand = "git push " + (force ? "--force " : "") + remote + " " + branch;
        HttpsCredentials credentials = new HttpsCredentials(env);
        List<String> secrets = new ArrayList<>(credentials.secrets());
        secrets.addAll(urlPasswords(remote));
        LocalPush local = new LocalPush(repo, env);
        for (URIish uri : uris(remote)) {
            Optional<String> problem = localProblem(local, uri);
            if (problem.isPresent()) {
                throw failed(problem.get(), byHand, secrets, null);
            }
        }
        Iterable<PushResult> results;
        try (SshdSessionFactory ssh = sshSessions()) {
            results = Git.wrap(repo).push()
                    .setRemote(remote)
                    .setRefSpecs(new RefSpec((force ? "+" : "") + ref + ":" + ref))
                    .setCredentialsProvider(credentials)
                    .setTransportConfigCallback(transport -> {
                        local.configure(transport);
                        if (transport instanceof SshTransport sshTransport) {
                            sshTransport.setSshSessionFactory(ssh);
                        }
                    })
                    .setTimeout(TIMEOUT_SECONDS)
                    .call();
        } catch (GitAPIException | JGitInternalException e) {
            throw failed(describe(e), byHand, secrets, e);
        }
        boolean upToDate = true;
        for (PushResult result : results) {
            for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                switch (update.getStatus()) {
                    case OK -> upToDate = false;
                    case UP_TO_DATE -> { }
                    default -> throw failed(rejection(update) + remoteSaid(result), byHand, secrets, null);
                }
            }
        }
        return new PushOutcome(url, upToDate);
    }

    private static Optional<String> localProblem(LocalPush local, URIish uri) {
        try {
            return local.problem(uri);
        } catch (IOException e) {
            return Optional.of("cannot open " + uri + ": " + e.getMessage());
        } catch (GitRefusal e) {
            return Optional.of(e.getMessage());
        }
    }

    /** What the remote printed (a hook's reason for refusing, say), on one line. */
    private static String remoteSaid(PushResult result) {
        String said = result.getMessages() == null ? "" : result.getMessages().lines().map(String::strip)
                .filter(l -> !l.isEmpty()).collect(Collectors.joining(" / "));
        return said.isEmpty() ? "" : "; the remote said: " + said;
    }

    private SshdSessionFactory sshSessions() {
        return new SshdSessionFactoryBuilder()
                .setHomeDirectory(home)
                .setSshDirectory(new File(home, ".ssh"))
                .setConnectorFactory(new AgentSocketConnectorFactory(env))
                .build(new JGitKeyCache());
    }

    /** The remote's push URL as configured, or {@code remote} itself when it is a URL; never with a password. */
    String displayUrl(String remote) {
        List<URIish> uris = uris(remote);
        return uris.isEmpty() ? remote : uris.get(0).setPass(null).toString();
    }

    private List<URIish> uris(String remote) {
        try {
            RemoteConfig config = new RemoteConfig(repo.getConfig(), remote);
            if (!config.getPushURIs().isEmpty()) {
                return config.getPushURIs();
            }
            if (!config.getURIs().isEmpty()) {
                return config.getURIs();
            }
            return List.of(new URIish(remote));
        } catch (URISyntaxException e) {
            return List.of();
        }
    }

    private List<String> urlPasswords(String remote) {
        List<String> passwords = new ArrayList<>();
        for (URIish uri : uris(remote)) {
            if (uri.getPass() != null && !uri.getPass().isEmpty()) {
                passwords.add(uri.getPass());
            }
        }
        return passwords;
    }

    private static String rejection(RemoteRefUpdate update) {
        String message = update.getMessage() == null ? "" : ": " + update.getMessage();
        return switch (update.getStatus()) {
            case REJECTED_NONFASTFORWARD -> "the remote's branch has other commits (rejected as non-fast-forward; --force replaces it)";
            case REJECTED_REMOTE_CHANGED -> "the remote's branch changed while pushing" + message;
            case REJECTED_OTHER_REASON -> "the remote rejected it" + message;
            default -> "the remote did not accept it (" + update.getStatus().name().toLowerCase(java.util.Locale.ROOT) + ")" + message;
        };
    }

    private static String describe(Exception e) {
        StringBuilder out = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            String m = cause.getMessage();
            if (m != null && !out.toString().contains(m)) {
                out.append(": ").append(m);
            }
        }
        return out.toString();
    }

    private static GitRefusal failed(String reason, String byHand, List<String> secrets, Exception cause) {
        String message = "push failed: " + reason.strip().replaceAll("[.;:]+$", "") + "; the branch is committed locally: push it with: " + byHand;
        for (String secret : secrets) {
            message = message.replace(secret, "***");
        }
        return cause == null ? new GitRefusal(GitRefusal.Reason.PUSH_FAILED, message)
                : new GitRefusal(GitRefusal.Reason.PUSH_FAILED, message, cause);
    }
}
