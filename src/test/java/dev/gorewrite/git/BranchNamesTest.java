package dev.gorewrite.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * `--branch NAME` is accepted exactly when `git check-ref-format --branch NAME` accepts it on this
 * machine (run outside any repository, so that `@{-1}` and `@` are read as plain names).
 */
class BranchNamesTest {
    @TempDir
    static Path tmp;

    static Path outside;
    static Path work;

    @BeforeAll
    static void repository() throws Exception {
        assumeTrue(Git.onPath(), "git is not on PATH");
        outside = Files.createDirectories(tmp.resolve("outside"));
        work = ExampleRepository.create(tmp.resolve("work"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fix/datastorage-image-tag", "HEAD", "-x", "-", "a..b", "a..", "..", "a@{b", "@{-1}",
            "@", "a@b", "@x", "x@", "a b", " a", "a.lock", "a.lock/b", "a/b.lock/c", "a.locks", "a/", "/a", "a//b",
            "a.", "a/.", ".a", "a/.b", "a/./b", ".", "a\\b", "x*", "a~1", "a^", "a:b", "a?", "a[1]", "a]", "a\tb",
            "a\u0001b", "a\u007f", "héllo", "日本/ブランチ", "refs/heads/x", "foo/HEAD", "HEAD/x", "HEADS", "a{b}",
            "a!b", "a'b", "a\"b", "x.y/z", "a-", "a/-b"})
    void refusesExactlyWhatGitRefuses(String name) throws Exception {
        boolean gitAccepts = Git.run(outside, "check-ref-format", "--branch", name) == 0;

        GitRefusal refusal;
        try (GitCheckout git = GitCheckout.open(work)) {
            refusal = catchThrowableOfType(() -> git.request(name, false, Optional.of("Bot <bot@example.com>")),
                    GitRefusal.class);
        }

        if (gitAccepts) {
            assertThat(refusal).as("git accepts %s", name).isNull();
        } else {
            assertThat(refusal).as("git refuses %s", name).isNotNull();
            assertThat(refusal.reason()).isEqualTo(GitRefusal.Reason.BAD_BRANCH);
            assertThat(refusal.getMessage()).startsWith("--branch " + name + ": not a valid git branch name: ");
        }
    }

    /** The git command line, run in a folder that is in no repository. */
    static final class Git {
        private Git() {}

        static boolean onPath() {
            try {
                return run(Path.of(System.getProperty("java.io.tmpdir")), "--version") == 0;
            } catch (IOException e) {
                return false;
            }
        }

        static int run(Path dir, String... args) throws IOException {
            String[] command = new String[args.length + 1];
            command[0] = "git";
            System.arraycopy(args, 0, command, 1, args.length);
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("GIT_CEILING_DIRECTORIES", dir.getParent().toString());
            Process p = builder.start();
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IOException("git " + String.join(" ", args) + " did not finish");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            return p.exitValue();
        }
    }
}
