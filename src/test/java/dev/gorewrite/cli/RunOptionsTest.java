package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.report.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's codemod and lint recipes on a tree of their own: `--recipes` alone, `!glob`, what the
 * table and JSON list, `--verbose`, `--quiet`, `--context`, and a single file as ROOT.
 */
class RunOptionsTest {
    private static final Path GATEWAY = Path.of("examples/kubernaut/test/infrastructure/gateway_e2e_hybrid.go");
    private static final String SLEEPS = """
            package a

            import "time"

            func wait() {
            	prepare()
            	time.Sleep(time.Second)
            	done(clock)
            }
            """;
    /** `clock` stands alone in done(clock): a variable of the package, so the codemod adds no import for it. */
    private static final String CLOCKED = SLEEPS.replace("time.Sleep(", "clock.Sleep(");
    private static final String CODEMOD = """
            id: mine/clock
            title: "Sleep on the clock"
            guide: "codemod"
            files: ["**/*.go", "!**/*_test.go"]
            edits:
              - guide: "time.Sleep becomes clock.Sleep"
                optional: true
                replace:
                  from: time.Sleep($D)
                  to: clock.Sleep($D)
            """;
    private static final String LINT = """
            id: mine/no-sleep
            title: "No sleeping"
            guide: "lint"
            files: "**/*.go"
            checks:
              - {id: no-sleep, says: "nothing sleeps", absent: time.Sleep(...)}
            """;

    @TempDir
    Path temp;

    Path root;
    Path codemod;
    Path lint;

    @BeforeEach
    void tree() throws IOException {
        root = Files.createDirectories(temp.resolve("tree"));
        write("pkg/a/a.go", SLEEPS);
        // Parsed (the prefilter sees `time.Sleep(` in its bytes, here in a comment) but nothing matches: counted, not listed.
        write("pkg/b/b.go", "package b\n\nfunc f(other sleeper) {\n\tother.Sleep(time.Second) // not time.Sleep(…)\n}\n");
        write("pkg/a/a_test.go", SLEEPS);
        // A built-in recipe's target that has drifted: the built-in recipe would fail on it.
        write("test/gateway_e2e_hybrid.go", Files.readString(GATEWAY)
                .replace("err := buildDataStorageImage(writer)", "err := buildDataStorageImage(ctx, writer)"));
        codemod = Files.writeString(temp.resolve("clock.yaml"), CODEMOD);
        lint = Files.writeString(temp.resolve("lint.recipe"), LINT);
    }

    @Test
    void aRecipeFileRunsAloneAndTheTableListsOnlyFilesWhereSomethingMatched() {
        CliRunner r = CliRunner.run("run", "--recipes", codemod.toString(), root.toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("diff --git")))
                .containsExactly("diff --git a/pkg/a/a.go b/pkg/a/a.go");
        assertThat(r.stderr().lines()).containsExactly(
                "FILE          EDIT                            STATUS",
                "pkg/a/a.go:7  time.Sleep becomes clock.Sleep  applied",
                "2 files: 1 to change, 1 unchanged, 0 failed (1 where nothing matched not listed)");
    }

    @Test
    void builtInsRunBesideTheUsersOnlyWhenRecipeNamesThem() {
        CliRunner r = CliRunner.run("run", "--recipes", codemod.toString(), "--recipe", "mine/clock",
                "--recipe", "datastorage-image-tag/gateway", root.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.stderr()).contains("test/gateway_e2e_hybrid.go").contains("drifted")
                .containsPattern("pkg/a/a.go:7 +time.Sleep becomes clock.Sleep +applied");
        assertThat(CliRunner.run("run", root.toString()).exit()).as("the built-ins alone").isEqualTo(ExitCodes.FAILED);
    }

    @Test
    void verboseListsEveryFileAndApplySaysChanged() throws IOException {
        CliRunner verbose = CliRunner.run("run", "--verbose", "--recipes", codemod.toString(), root.toString());
        assertThat(verbose.stderr()).contains("pkg/b/b.go    time.Sleep becomes clock.Sleep  not-applicable")
                .contains("2 files: 1 to change, 1 unchanged, 0 failed\n");

        CliRunner apply = CliRunner.run("run", "--apply", "--recipes", codemod.toString(), root.toString());
        assertThat(apply.exit()).as(apply.toString()).isZero();
        assertThat(apply.stderr()).contains("2 files: 1 changed, 1 unchanged, 0 failed");
        assertThat(root.resolve("pkg/a/a.go")).hasContent(CLOCKED);
        assertThat(root.resolve("pkg/a/a_test.go")).as("excluded by !**/*_test.go").hasContent(SLEEPS);
    }

    @Test
    void jsonListsMatchedFilesAndCountsTheRest() {
        CliRunner r = CliRunner.run("run", "--json", "--recipes", codemod.toString(), root.toString());

        Map<String, Object> report = Json.object(r.stdout());
        assertThat(Json.asList(report.get("files"))).extracting(f -> Json.asMap(f).get("path"))
                .containsExactly("pkg/a/a.go");
        assertThat(Json.asMap(report.get("summary"))).containsEntry("files", 2L).containsEntry("changed", 1L)
                .containsEntry("unlisted", 1L);
        CliRunner verbose = CliRunner.run("run", "--json", "--verbose", "--recipes", codemod.toString(), root.toString());
        assertThat(Json.asList(Json.object(verbose.stdout()).get("files"))).hasSize(2);
    }

    @Test
    void quietLeavesOnlyProblemsAndTheSummaryOnStderr() {
        CliRunner ok = CliRunner.run("run", "--quiet", "--recipes", codemod.toString(), root.toString());
        assertThat(ok.stderr()).isEqualTo("2 files: 1 to change, 1 unchanged, 0 failed\n");
        assertThat(ok.out()).startsWith("diff --git a/pkg/a/a.go");

        CliRunner failing = CliRunner.run("run", "-q", root.toString());
        assertThat(failing.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(failing.stderr()).doesNotContain("FILE").doesNotContain("applied  ")
                .contains("test/gateway_e2e_hybrid.go:").contains(": drifted: ")
                .endsWith("1 file: 0 to change, 0 unchanged, 1 failed\n");
    }

    @Test
    void contextSetsTheDiffsUnchangedLines() {
        CliRunner none = CliRunner.run("run", "--context", "0", "--recipes", codemod.toString(), root.toString());
        assertThat(none.out()).contains("@@ -7,1 +7,1 @@\n-\ttime.Sleep(time.Second)\n+\tclock.Sleep(time.Second)\n")
                .doesNotContain("prepare()");

        CliRunner one = CliRunner.run("run", "--context", "1", "--json", "--recipes", codemod.toString(), root.toString());
        assertThat(one.out()).contains("@@ -6,3 +6,3 @@\\n \\tprepare()\\n-\\ttime.Sleep").doesNotContain("func wait");
        assertThat(CliRunner.run("run", "--recipes", codemod.toString(), root.toString()).out())
                .as("3 by default").contains("@@ -4,6 +4,6 @@\n \n func wait() {\n");
    }

    @Test
    void optionsThatCannotGoTogetherAreUsageErrors() {
        CliRunner both = CliRunner.run("run", "--verbose", "--quiet", root.toString());
        assertThat(both.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.stderr()).contains("--verbose and --quiet exclude each other");

        CliRunner branch = CliRunner.run("run", "--quiet", "--branch", "fix/x", root.toString());
        assertThat(branch.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(branch.stderr()).contains("--quiet does not go with --branch");

        CliRunner negative = CliRunner.run("run", "--context", "-1", root.toString());
        assertThat(negative.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(negative.stderr()).contains("--context -1: give 0 or more lines");
    }

    @Test
    void aSingleFileAsRootHasPathsRelativeToItsFolder() {
        Path file = root.resolve("pkg/a/a.go");
        CliRunner dry = CliRunner.run("run", "--recipes", codemod.toString(), file.toString());

        assertThat(dry.exit()).as(dry.toString()).isZero();
        assertThat(dry.out()).startsWith("diff --git a/a.go b/a.go\n--- a/a.go\n+++ b/a.go\n");
        assertThat(dry.stderr()).contains("a.go:7  ").endsWith("1 file: 1 to change, 0 unchanged, 0 failed\n");

        CliRunner apply = CliRunner.run("run", "--apply", "--recipes", codemod.toString(), file.toString());
        assertThat(apply.exit()).as(apply.toString()).isZero();
        assertThat(file).hasContent(CLOCKED);
        assertThat(root.resolve("pkg/a/a_test.go")).hasContent(SLEEPS);
    }

    @Test
    void aSingleFileIsCheckedToo_butNeverBranchedNorANonGoFile() throws IOException {
        CliRunner check = CliRunner.run("check", "--recipes", lint.toString(), root.resolve("pkg/a/a_test.go").toString());
        assertThat(check.exit()).as(check.toString()).isEqualTo(ExitCodes.FOUND);
        assertThat(check.out()).isEqualTo("a_test.go:7: no-sleep: found code `time.Sleep(...)`\n");

        CliRunner branch = CliRunner.run("run", "--branch", "fix/x", root.resolve("pkg/a/a.go").toString());
        assertThat(branch.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(branch.stderr()).contains("--branch needs a folder as ROOT");

        Path notes = write("notes.txt", "hello");
        CliRunner text = CliRunner.run("run", notes.toString());
        assertThat(text.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(text.stderr()).contains("notes.txt: not a folder or a .go file");
    }

    @Test
    void aLintRecipeChecksAndCountsEveryViolation() {
        CliRunner r = CliRunner.run("check", "--recipes", lint.toString(), root.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.FOUND);
        assertThat(r.out().lines()).containsExactly(
                "pkg/a/a.go:7: no-sleep: found code `time.Sleep(...)`",
                "pkg/a/a_test.go:7: no-sleep: found code `time.Sleep(...)`");
        // b.go has `time.Sleep(` in a comment, so it is parsed and checked too, and holds.
        assertThat(r.stderr()).isEqualTo("3 files, 3 checks, 2 violated, 2 violations\n");
    }

    @Test
    void checkJsonHasTheViolationsAndTheirCount() {
        CliRunner r = CliRunner.run("check", "--json", "--recipes", lint.toString(), root.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.FOUND);
        Map<String, Object> report = Json.object(r.stdout());
        assertThat(report).containsEntry("mode", "check");
        List<Object> violations = Json.asList(report.get("violations"));
        assertThat(violations).extracting(v -> Json.asMap(v).get("path")).containsExactly("pkg/a/a.go", "pkg/a/a_test.go");
        assertThat(Json.asMap(violations.get(0))).containsEntry("line", 7L).containsEntry("check", "no-sleep")
                .containsEntry("recipe", "mine/no-sleep");
        assertThat(Json.asMap(report.get("summary"))).containsEntry("violations", 2L).containsEntry("violated", 2L);
    }

    @Test
    void recipesListsOnlyTheUsersWithRecipes() {
        CliRunner r = CliRunner.run("recipes", "--recipes", codemod.toString(), "--recipes", lint.toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out().lines().filter(l -> !l.startsWith(" "))).containsExactly("mine/clock", "mine/no-sleep");
    }

    @Test
    void recipesJsonDescribesEachRecipeForTools() {
        CliRunner r = CliRunner.run("recipes", "--json", "--recipes", lint.toString(), "--recipe", "mine/no-sleep",
                "--recipe", "datastorage-image-tag/gateway");

        assertThat(r.exit()).as(r.toString()).isZero();
        List<Object> recipes = Json.asList(Json.object(r.stdout()).get("recipes"));
        assertThat(recipes).extracting(x -> Json.asMap(x).get("id"))
                .containsExactly("mine/no-sleep", "datastorage-image-tag/gateway");
        Map<String, Object> mine = Json.asMap(recipes.get(0));
        assertThat(mine).containsEntry("title", "No sleeping").containsEntry("guide", "lint")
                .containsEntry("files", List.of("**/*.go")).containsEntry("source", lint.toString())
                .containsEntry("edits", List.of());
        assertThat(Json.asList(mine.get("checks"))).containsExactly(
                Map.of("id", "no-sleep", "says", "nothing sleeps", "kind", "absent"));
        Map<String, Object> gateway = Json.asMap(recipes.get(1));
        assertThat(Json.asList(gateway.get("edits"))).extracting(e -> Json.asMap(e).get("kind"))
                .containsExactly("insert", "replace", "replace", "replace");
        assertThat(Json.asMap(Json.asList(gateway.get("edits")).get(1)))
                .containsEntry("guide", "Gateway, change 2: build DataStorage with the dynamic tag")
                .containsEntry("optional", false);
        assertThat(Json.asList(gateway.get("checks"))).extracting(c -> Json.asMap(c).get("kind"))
                .contains("present", "absent", "exactly-once");
    }

    private Path write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
