package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's codemod committed with `run --branch` in a real repository: the git-tree walk honours
 * `!glob` exclusions as the disk walk does, and only the user's recipes run.
 */
class BranchCodemodTest {
    private static final String SLEEPS = "package a\n\nimport \"time\"\n\nfunc wait() {\n\ttime.Sleep(time.Second)\n}\n";
    private static final String CODEMOD = """
            id: mine/clock
            title: "Clock: sleep on the clock"
            guide: "codemod"
            files: ["**/*.go", "!**/*_test.go"]
            imports: {clock: example.com/clock}
            edits:
              - guide: "time.Sleep becomes clock.Sleep"
                optional: true
                replace:
                  from: time.Sleep($D)
                  to: clock.Sleep($D)
            """;

    @TempDir
    Path tmp;

    Path work;
    Git git;

    @BeforeEach
    void repository() throws Exception {
        GitRepos.isolate(Files.createDirectories(tmp.resolve("home")));
        Path tree = tmp.resolve("tree");
        Files.createDirectories(tree.resolve("pkg/a"));
        Files.writeString(tree.resolve("pkg/a/a.go"), SLEEPS);
        Files.writeString(tree.resolve("pkg/a/a_test.go"), SLEEPS);
        // The built-in Gateway recipe would drift on this copy and fail the run if it ran.
        Files.writeString(tree.resolve("gateway_e2e_hybrid.go"), "package infrastructure\n\nfunc buildDataStorageImage() {}\n");
        work = tmp.resolve("work");
        git = GitRepos.init(work, tree);
    }

    @AfterEach
    void close() {
        git.close();
        GitRepos.restore();
    }

    @Test
    void theCommitHoldsTheCodemodsFileAndNotTheExcludedTest() throws Exception {
        Path recipe = Files.writeString(tmp.resolve("clock.yaml"), CODEMOD);

        CliRunner r = CliRunner.run("run", "--branch", "fix/clock", "--recipes", recipe.toString(), work.toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.stderr()).contains("pkg/a/a.go:6").doesNotContain("a_test.go").doesNotContain("gateway");
        assertThat(GitRepos.changedPaths(git.getRepository(), "fix/clock")).containsExactly("pkg/a/a.go");
        assertThat(git.status().call().isClean()).isTrue();
    }

}
