package dev.gorewrite.git;

import java.util.Objects;
import org.eclipse.jgit.revwalk.RevCommit;

/** The commit the migration starts from: HEAD's branch tip, or what --base named. */
public final class BaseCommit {
    final RevCommit commit;
    private final String label;

    BaseCommit(RevCommit commit, String label) {
        this.commit = Objects.requireNonNull(commit, "commit");
        this.label = Objects.requireNonNull(label, "label");
    }

    /** How the user knows it: the branch name (`main`) or the revision given with --base. */
    public String label() {
        return label;
    }

    /** The full commit id. */
    public String id() {
        return commit.name();
    }

    public String shortId() {
        return commit.abbreviate(7).name();
    }

    @Override
    public String toString() {
        return label + " (" + shortId() + ")";
    }
}
