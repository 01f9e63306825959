package dev.gorewrite.git;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.UserConfig;

/**
 * Who the commit is by. As git does: user.name and user.email from the repository's config (and
 * the global and system ones, and GIT_AUTHOR_* / GIT_COMMITTER_*); --author overrides the author.
 * JGit would invent `user@host` where git refuses, so gorewrite refuses too: a PR must not carry a
 * made-up address.
 */
final class Identities {
    private static final Pattern NAME_MAIL = Pattern.compile("\\s*([^<>]*?)\\s*<([^<>\\s]+)>\\s*");

    private Identities() {}

    /** The author, then the committer. */
    static PersonIdent[] of(Repository repo, Optional<String> authorOption) throws GitRefusal {
        UserConfig user = repo.getConfig().get(UserConfig.KEY);
        PersonIdent author = authorOption.isPresent() ? parse(authorOption.get())
                : configured(user.getAuthorName(), user.getAuthorEmail(),
                        user.isAuthorNameImplicit() || user.isAuthorEmailImplicit());
        boolean committerImplicit = user.isCommitterNameImplicit() || user.isCommitterEmailImplicit();
        PersonIdent committer = committerImplicit ? author
                : new PersonIdent(user.getCommitterName(), user.getCommitterEmail());
        return new PersonIdent[] {author, committer};
    }

    static PersonIdent parse(String nameAndMail) throws GitRefusal {
        Matcher m = NAME_MAIL.matcher(nameAndMail);
        if (!m.matches() || m.group(1).isEmpty()) {
            throw new GitRefusal(GitRefusal.Reason.NO_AUTHOR,
                    "--author " + nameAndMail + ": expected \"Name <mail>\", e.g. --author \"Ada Lovelace <ada@example.com>\"");
        }
        return new PersonIdent(m.group(1), m.group(2));
    }

    private static PersonIdent configured(String name, String mail, boolean implicit) throws GitRefusal {
        if (implicit) {
            throw new GitRefusal(GitRefusal.Reason.NO_AUTHOR, "who is the author? git config has no user.name or "
                    + "user.email: set them (git config user.name \"Your Name\"; git config user.email you@example.com) "
                    + "or pass --author \"Name <mail>\"");
        }
        return new PersonIdent(name, mail);
    }
}
