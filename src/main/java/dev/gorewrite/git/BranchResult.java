package dev.gorewrite.git;

import java.util.Objects;

/** What became of the branch: made, replaced (--force), or already holding this very migration. */
public record BranchResult(String branch, String commitId, Kind kind) {
    public enum Kind { CREATED, REPLACED, UNCHANGED }

    public BranchResult {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(commitId, "commitId");
        Objects.requireNonNull(kind, "kind");
        if (commitId.length() != 40) {
            throw new IllegalArgumentException("commit id " + commitId);
        }
    }

    public String shortId() {
        return commitId.substring(0, 7);
    }
}
