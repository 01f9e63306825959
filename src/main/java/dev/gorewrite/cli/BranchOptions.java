package dev.gorewrite.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of `run --branch`: where the migration is committed, pushed and described. */
final class BranchOptions {
    @Option(names = "--branch", paramLabel = "NAME", description = "Commit the migration as one commit on branch NAME, "
            + "built from HEAD's content (or --base); the working tree, the index and HEAD stay untouched. "
            + "Nothing is created if a file fails.")
    String branch;

    @Option(names = "--push", paramLabel = "REMOTE", description = "Then push NAME to REMOTE (a remote's name or a URL).")
    String push;

    @Option(names = "--pr-body", paramLabel = "FILE", description = "Write the pull request's description (Markdown) to FILE, which must not exist (unless --force).")
    Path prBody;

    @Option(names = "--force", description = "Replace an existing branch NAME (and the remote's, with --push) that holds something else, "
            + "and an existing --pr-body FILE.")
    boolean force;

    @Option(names = "--from-worktree", description = "Migrate the targets' working-tree content instead of HEAD's (their uncommitted edits go into the commit).")
    boolean fromWorktree;

    @Option(names = "--base", paramLabel = "REV", description = "Build on commit REV instead of HEAD (needed when HEAD is detached or unborn).")
    String base;

    @Option(names = "--author", paramLabel = "\"NAME <MAIL>\"", description = "The commit's author. Default: user.name and user.email from git config.")
    String author;

    /** What was given that only makes sense with --branch, as it was spelled. */
    List<String> needingBranch() {
        List<String> given = new ArrayList<>();
        if (push != null) {
            given.add("--push");
        }
        if (prBody != null) {
            given.add("--pr-body");
        }
        if (force) {
            given.add("--force");
        }
        if (fromWorktree) {
            given.add("--from-worktree");
        }
        if (base != null) {
            given.add("--base");
        }
        if (author != null) {
            given.add("--author");
        }
        return given;
    }
}
