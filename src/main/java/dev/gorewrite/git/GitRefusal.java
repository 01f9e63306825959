package dev.gorewrite.git;

import java.util.Objects;

/**
 * Why gorewrite would not (or could not) make or push the branch. The message is meant for the
 * user as it is: it names the file, branch or remote, and says what to do instead.
 */
public final class GitRefusal extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** ROOT is in no git repository. */
        NOT_A_REPOSITORY(true),
        /** The repository belongs to another user and safe.directory does not list it (as git refuses it). */
        UNSAFE_REPOSITORY(true),
        /** The repository has no working tree. */
        BARE_REPOSITORY(true),
        /** HEAD is detached or unborn and no --base was given, or --base names no commit. */
        NO_BASE(true),
        /** The branch name is not a valid git ref name, or it is the branch checked out here. */
        BAD_BRANCH(true),
        /** Neither git config nor --author says who the author is, or --author is malformed. */
        NO_AUTHOR(true),
        /** A target has uncommitted changes that a branch built from the base would miss. */
        DIRTY_TARGETS(false),
        /** The branch exists and holds something else than this migration. */
        BRANCH_HAS_OTHER_CONTENT(false),
        /** The remote refused the push or could not be reached; the local branch stays. */
        PUSH_FAILED(false),
        /** Reading or writing the repository failed. */
        GIT_ERROR(false);

        private final boolean usage;

        Reason(boolean usage) {
            this.usage = usage;
        }

        /** True when it is about how or where gorewrite was run rather than about the files. */
        public boolean usage() {
            return usage;
        }
    }

    private final Reason reason;

    public GitRefusal(Reason reason, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public GitRefusal(Reason reason, String message, Throwable cause) {
        this(reason, message);
        initCause(cause);
    }

    public Reason reason() {
        return reason;
    }
}
