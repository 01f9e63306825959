package dev.gorewrite.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

/**
 * The branches some working tree has checked out: this one's, the main working tree's and every
 * linked worktree's (`git worktree add`). Moving any of them would change a checkout under
 * someone's feet, so gorewrite never does.
 */
final class CheckedOutBranches {
    private CheckedOutBranches() {}

    /** Ref name (refs/heads/…) → the working tree that has it checked out. */
    static Map<String, String> of(Repository repo) throws IOException {
        Map<String, String> branches = new LinkedHashMap<>();
        String here = repo.getFullBranch();
        if (here != null && here.startsWith(Constants.R_HEADS)) {
            branches.put(here, "here");
        }
        Path common = repo.getCommonDirectory().toPath();
        branchOf(common.resolve(Constants.HEAD)).ifPresent(b -> branches.putIfAbsent(b, common.getParent().toString()));
        Path linked = common.resolve("worktrees");
        if (Files.isDirectory(linked)) {
            try (Stream<Path> worktrees = Files.list(linked)) {
                for (Path wt : worktrees.sorted().toList()) {
                    String where = wt.getFileName().toString();
                    Path gitdir = wt.resolve("gitdir");
                    if (Files.isRegularFile(gitdir)) {
                        Path dotGit = Path.of(Files.readString(gitdir, StandardCharsets.UTF_8).strip());
                        where = dotGit.getParent() == null ? where : dotGit.getParent().toString();
                    }
                    String at = where;
                    branchOf(wt.resolve(Constants.HEAD)).ifPresent(b -> branches.putIfAbsent(b, at));
                }
            }
        }
        return branches;
    }

    private static java.util.Optional<String> branchOf(Path head) throws IOException {
        if (!Files.isRegularFile(head)) {
            return java.util.Optional.empty();
        }
        String content = Files.readString(head, StandardCharsets.UTF_8).strip();
        String prefix = "ref: ";
        return content.startsWith(prefix + Constants.R_HEADS) ? java.util.Optional.of(content.substring(prefix.length()))
                : java.util.Optional.empty();
    }
}
