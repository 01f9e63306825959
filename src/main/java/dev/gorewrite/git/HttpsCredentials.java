package dev.gorewrite.git;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.NetRCCredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * Credentials for http(s) remotes, never asked for interactively (bots and CI run this), in this
 * order: {@code user:password@} in the remote URL (JGit uses it before asking anyone);
 * {@code GIT_TOKEN} (a personal access token, sent as the password, with {@code GIT_USERNAME} or
 * {@code x-access-token} as the user); {@code GIT_USERNAME} with {@code GIT_PASSWORD};
 * {@code ~/.netrc}. JGit does not run git's credential helpers. Only http(s) is answered, so a
 * password never ends up as an ssh key passphrase or a host-key confirmation.
 */
final class HttpsCredentials extends CredentialsProvider {
    static final String TOKEN_USER = "x-access-token";

    private final String user;
    private final String password;
    private final CredentialsProvider netrc = new NetRCCredentialsProvider();

    HttpsCredentials(UnaryOperator<String> env) {
        String token = blankToNull(env.apply("GIT_TOKEN"));
        String name = blankToNull(env.apply("GIT_USERNAME"));
        String pass = blankToNull(env.apply("GIT_PASSWORD"));
        if (token != null) {
            user = name == null ? TOKEN_USER : name;
            password = token;
        } else if (name != null && pass != null) {
            user = name;
            password = pass;
        } else {
            user = null;
            password = null;
        }
    }

    /** What must never be printed: the password or token from the environment, if any. */
    List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        if (password != null) {
            secrets.add(password);
        }
        return secrets;
    }

    @Override
    public boolean isInteractive() {
        return false;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (!(item instanceof CredentialItem.Username) && !(item instanceof CredentialItem.Password)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || !supports(items)) {
            return false;
        }
        if (user == null) {
            try {
                return netrc.get(uri, items);
            } catch (UnsupportedCredentialItem e) {
                return false;
            }
        }
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.Username u) {
                u.setValue(user);
            } else if (item instanceof CredentialItem.Password p) {
                p.setValue(password.toCharArray());
            }
        }
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
