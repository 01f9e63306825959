package dev.gorewrite.git;

import java.util.Objects;
import org.eclipse.jgit.lib.PersonIdent;

/** A checked request for a branch: a valid name that is not checked out here, and who signs the commit. */
public final class BranchRequest {
    private final String branch;
    private final boolean force;
    final PersonIdent author;
    final PersonIdent committer;

    BranchRequest(String branch, boolean force, PersonIdent author, PersonIdent committer) {
        this.branch = Objects.requireNonNull(branch, "branch");
        this.force = force;
        this.author = Objects.requireNonNull(author, "author");
        this.committer = Objects.requireNonNull(committer, "committer");
    }

    public String branch() {
        return branch;
    }

    public boolean force() {
        return force;
    }

    /** `Name <mail>` of the commit's author. */
    public String author() {
        return author.getName() + " <" + author.getEmailAddress() + ">";
    }
}
