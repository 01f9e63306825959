package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `run --build-check` in a gorewrite process of its own (so that GOPATH, GOCACHE and PATH are the
 * test's), on a module of its own: the standard library only, no network.
 */
class BuildCheckRunTest {
    private static final String BREAKS = """
            id: t/yell
            title: Shout becomes Yell
            guide: g
            files: ["**/*.go"]
            edits:
              - guide: call Yell
                matches: all
                replace: {from: util.Shout($X), to: util.Yell($X)}
            """;
    private static final String MAIN = "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/m/util\"\n)\n\n"
            + "func main() {\n\tfmt.Println(util.Shout(\"hi\"))\n}\n";

    /** One build cache for the class: each test then compiles only what it changed. */
    @TempDir
    static Path goDirs;

    @TempDir
    Path dir;

    private Path home;
    private Path module;
    private Path recipe;
    private String goEnv;

    @BeforeEach
    void module() throws Exception {
        assumeTrue(OnPath.has("go"), "no go on PATH");
        home = Files.createDirectories(dir.resolve("home"));
        module = Files.createDirectories(dir.resolve("m"));
        Files.writeString(module.resolve("go.mod"), "module example.com/m\n\ngo 1.19\n");
        Files.createDirectories(module.resolve("util"));
        Files.writeString(module.resolve("util/util.go"), "package util\n\nimport \"strings\"\n\n"
                + "// Shout upper-cases s.\nfunc Shout(s string) string {\n\treturn strings.ToUpper(s)\n}\n");
        Files.createDirectories(module.resolve("cmd"));
        Files.writeString(module.resolve("cmd/main.go"), MAIN);
        recipe = Files.writeString(dir.resolve("yell.yaml"), BREAKS);
        goEnv = "export GOPATH=" + goDirs.resolve("gopath") + " GOCACHE=" + goDirs.resolve("gocache") + " GOPROXY=off";
    }

    @Test
    void aDryRunShowsNoDiffForAFileWhosePackageNoLongerBuilds() throws Exception {
        GitRepos.Launched run = GitRepos.launch(home, goEnv, "run", "--build-check", "--recipes", recipe.toString(),
                module.toString());

        assertThat(run.exit()).as(run.output()).isEqualTo(3);
        assertThat(run.output()).contains("cmd/main.go:10:19: undefined: util.Yell").doesNotContain("diff --git");
    }

    @Test
    void applyLeavesThatFileAsItWas() throws Exception {
        GitRepos.Launched run = GitRepos.launch(home, goEnv, "run", "--apply", "--build-check", "--recipes",
                recipe.toString(), module.toString());

        assertThat(run.exit()).as(run.output()).isEqualTo(3);
        assertThat(Files.readString(module.resolve("cmd/main.go"))).isEqualTo(MAIN);
    }

    @Test
    void aBranchIsNotMadeWhenTheBuildBreaks() throws Exception {
        Path repo = dir.resolve("repo");
        try (Git git = GitRepos.init(repo, module)) {
            GitRepos.Launched run = GitRepos.launch(home, goEnv, "run", "--branch", "fix/yell", "--build-check",
                    "--recipes", recipe.toString(), repo.toString());

            assertThat(run.exit()).as(run.output()).isEqualTo(3);
            assertThat(run.output()).contains("cmd/main.go:10:19: undefined: util.Yell").contains("no branch created");
            assertThat(git.getRepository().findRef("refs/heads/fix/yell")).isNull();
        }
    }

    @Test
    void withoutAGoToolchainTheOptionSaysSoAndExits2() throws Exception {
        GitRepos.Launched run = GitRepos.launch(home, goEnv + " PATH=" + dir.resolve("empty"), "run", "--build-check",
                "--recipes", recipe.toString(), module.toString());

        assertThat(run.exit()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("--build-check: no `go` on PATH");
        assertThat(Files.readString(module.resolve("cmd/main.go"))).isEqualTo(MAIN);
    }

    /** Whether a command is on this JVM's PATH. */
    private static final class OnPath {
        static boolean has(String command) {
            for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                if (Files.isExecutable(Path.of(d.isEmpty() ? "." : d, command))) {
                    return true;
                }
            }
            return false;
        }
    }
}
