package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recipe that creates a file, through every way of running it: dry run, --apply, --json, check, --branch, -i. */
class CreateFileRunTest {
    private static final String CODE = """
            package util

            // Tag names an image with its tag.
            func Tag(image, tag string) string {
            	return image + ":" + tag
            }
            """;
    private static final String RECIPE = """
            id: util/tag
            title: "A Tag helper"
            guide: "Fix guide, NEW FILE pkg/util/tag.go"
            create:
              path: pkg/util/tag.go
              code: |
            """ + CODE.indent(4) + """
            checks:
              - {id: tag-helper, says: "Tag exists", present: "func Tag($...P) $...R"}
            """;

    @TempDir
    Path tmp;

    Path root;
    Path recipe;

    @BeforeEach
    void tree() throws Exception {
        root = Files.createDirectories(tmp.resolve("tree"));
        Files.writeString(root.resolve("main.go"), "package main\n\nfunc main() {}\n");
        recipe = Files.writeString(tmp.resolve("tag.yaml"), RECIPE);
    }

    private CliRunner gorewrite(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(all.indexOf("--recipes") >= 0 ? List.of() : List.of("--recipes", recipe.toString()));
        all.add(root.toString());
        return CliRunner.run(all.toArray(String[]::new));
    }

    @Test
    void aDryRunPrintsTheNewFileAsGitWritesOneAndWritesNothing() {
        CliRunner r = gorewrite("run");

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("diff --git a/pkg/util/tag.go b/pkg/util/tag.go\nnew file mode 100644\n"
                + "--- /dev/null\n+++ b/pkg/util/tag.go\n@@ -0,0 +1,6 @@\n" + CODE.lines().map(l -> "+" + l + "\n")
                .reduce("", String::concat));
        assertThat(r.stderr()).contains("pkg/util/tag.go:1").contains("applied");
        assertThat(root.resolve("pkg")).doesNotExist();
    }

    @Test
    void applyCreatesTheFileAndItsFoldersAndASecondRunChangesNothing() throws Exception {
        assertThat(gorewrite("run", "--exit-code").exit()).isEqualTo(ExitCodes.FOUND);

        CliRunner applied = gorewrite("run", "--apply");

        assertThat(applied.exit()).as(applied.toString()).isZero();
        Path file = root.resolve("pkg/util/tag.go");
        assertThat(file).hasContent(CODE);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(GitRepos.createdMode("rw-r--r--"));
        CliRunner again = gorewrite("run", "--exit-code");
        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.out()).isEmpty();
        assertThat(again.stderr()).contains("already-applied");
    }

    @Test
    void aFileWithOtherContentFailsAndIsNotTouched() throws Exception {
        Path file = Files.createDirectories(root.resolve("pkg/util")).resolve("tag.go");
        Files.writeString(file, "package util\n\nfunc Tag() {}\n");

        CliRunner r = gorewrite("run", "--apply");

        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.stderr()).contains("pkg/util/tag.go:1:1: recipe util/tag: exists with other content");
        assertThat(file).hasContent("package util\n\nfunc Tag() {}\n");
    }

    @Test
    void aFileOneRecipeCreatesAndAnotherEditsInTheSameRunFails() throws Exception {
        Path file = Files.createDirectories(root.resolve("pkg/util")).resolve("tag.go");
        Files.writeString(file, CODE);
        Path codemod = Files.writeString(tmp.resolve("join.yaml"), """
                id: util/join
                title: join
                guide: codemod
                files: "**/*.go"
                edits:
                  - {guide: join, matches: all, replace: {from: "image + \\":\\" + tag", to: "join(image, tag)"}}
                """);

        CliRunner r = CliRunner.run("run", "--apply", "--recipes", recipe.toString(), "--recipes", codemod.toString(),
                root.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.stderr()).contains("pkg/util/tag.go: recipe util/tag creates this file and other recipes edit it in"
                + " the same run");
        assertThat(file).hasContent(CODE);
    }

    /** --build-check: a new package has nothing to be judged by; a new file that breaks its package fails. */
    @Test
    void theBuildGateJudgesANewFileByItsPackage() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.util.stream.Stream.of(System.getenv("PATH").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, "go"))),
                "no go on PATH");
        Files.writeString(root.resolve("go.mod"), "module example.com/m\n\ngo 1.19\n");
        Path home = Files.createDirectories(tmp.resolve("home"));
        String goEnv = "export GOPATH=" + tmp.resolve("gopath") + " GOCACHE=" + tmp.resolve("gocache") + " GOPROXY=off";

        GitRepos.Launched fresh = GitRepos.launch(home, goEnv, "run", "--build-check", "--recipes", recipe.toString(),
                root.toString());
        assertThat(fresh.exit()).as(fresh.output()).isZero();
        assertThat(fresh.output()).contains("note: pkg/util: a new package (the run creates its folder)");

        Files.createDirectories(root.resolve("pkg/util"));
        Files.writeString(root.resolve("pkg/util/other.go"), "package util\n\nfunc Tag() {}\n");
        GitRepos.Launched clash = GitRepos.launch(home, goEnv, "run", "--build-check", "--recipes", recipe.toString(),
                root.toString());
        assertThat(clash.exit()).as(clash.output()).isEqualTo(ExitCodes.FAILED);
        assertThat(clash.output()).contains("pkg/util/tag.go: its package no longer builds after the rewrite")
                .contains("Tag redeclared");
    }

    @Test
    void aFolderOnTheWayThatIsALinkIsRefused() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.createSymbolicLink(root.resolve("pkg"), outside);

        CliRunner r = gorewrite("run", "--apply");

        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.stderr()).contains("pkg/util/tag.go").contains("is a link or not a folder; not created");
        try (var listed = Files.list(outside)) {
            assertThat(listed).isEmpty();
        }
    }

    @Test
    void jsonCarriesTheNewFilesDiffAndStatus() throws Exception {
        JsonNode report = new ObjectMapper().readTree(gorewrite("run", "--json").stdout());

        JsonNode file = report.get("files").get(0);
        assertThat(file.get("path").asText()).isEqualTo("pkg/util/tag.go");
        assertThat(file.get("status").asText()).isEqualTo("changed");
        assertThat(file.get("edits").get(0).get("status").asText()).isEqualTo("applied");
        assertThat(file.get("diff").asText()).startsWith("diff --git a/pkg/util/tag.go b/pkg/util/tag.go\nnew file mode");
        assertThat(file.get("checks").get(0).get("passed").asBoolean()).isTrue();
    }

    @Test
    void checkRunsTheChecksOnTheFileWhereItExists() throws Exception {
        Path file = Files.createDirectories(root.resolve("pkg/util")).resolve("tag.go");
        Files.writeString(file, "package util\n");

        CliRunner r = gorewrite("check");

        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.FOUND);
        assertThat(r.out()).contains("pkg/util/tag.go:1: tag-helper:");
    }

    @Test
    void recipesNamesTheFileARecipeCreates() throws Exception {
        CliRunner text = CliRunner.run("recipes", "--recipes", recipe.toString());
        JsonNode json = new ObjectMapper().readTree(CliRunner.run("recipes", "--json", "--recipes", recipe.toString()).stdout());

        assertThat(text.out()).contains("  creates: pkg/util/tag.go\n");
        assertThat(json.get("recipes").get(0).get("create").asText()).isEqualTo("pkg/util/tag.go");
        assertThat(json.get("recipes").get(0).get("edits")).isEmpty();
    }

    @Test
    void interactiveSaysCreatingIsNotInteractive() {
        CliRunner r = gorewrite("run", "-i");

        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stderr()).contains("creates a file, and creating a file is not interactive");
    }

    @Test
    void theBranchCommitAddsTheNewFile() throws Exception {
        GitRepos.isolate(Files.createDirectories(tmp.resolve("home")));
        try (Git git = GitRepos.init(tmp.resolve("work"), root)) {
            Path work = tmp.resolve("work");
            CliRunner r = CliRunner.run("run", "--branch", "add/tag", "--recipes", recipe.toString(), work.toString());

            assertThat(r.exit()).as(r.toString()).isZero();
            Repository repo = git.getRepository();
            assertThat(GitRepos.changedPaths(repo, "add/tag")).containsExactly("pkg/util/tag.go");
            assertThat(blob(repo, "add/tag", "pkg/util/tag.go")).isEqualTo(CODE);
            assertThat(work.resolve("pkg")).doesNotExist();
            CliRunner again = CliRunner.run("run", "--branch", "add/tag", "--recipes", recipe.toString(), work.toString());
            assertThat(again.stderr()).contains("already has this migration");
        } finally {
            GitRepos.restore();
        }
    }


    private static String blob(Repository repo, String branch, String path) throws Exception {
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit commit = walk.parseCommit(repo.exactRef(Constants.R_HEADS + branch).getObjectId());
            try (TreeWalk found = TreeWalk.forPath(repo, path, commit.getTree())) {
                return new String(repo.open(found.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
