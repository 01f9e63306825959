package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.engine.Migration;
import dev.gorewrite.golang.Utf8;
import dev.gorewrite.recipe.Recipe;
import dev.gorewrite.recipe.RecipeCatalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `run -i` on a copy of the examples, with the answers from a fake stdin: the accepted hunks are
 * written when they pass the checks, refused when they do not, and the other files stay as they were.
 */
class InteractiveRunTest {
    private static final String GATEWAY = "test/infrastructure/gateway_e2e_hybrid.go";
    private static final String ORCHESTRATOR = "test/infrastructure/remediationorchestrator_e2e_hybrid.go";
    private static final String SIGNAL = "test/infrastructure/signalprocessing_e2e_hybrid.go";

    @TempDir
    Path temp;

    Path tree;
    private final ByteArrayOutputStream shown = new ByteArrayOutputStream();

    @BeforeEach
    void tree() throws Exception {
        tree = temp.resolve("tree");
        GitRepos.copy(GitRepos.EXAMPLES, tree);
    }

    @Test
    void wholeFilesAcceptedAreWrittenAndTheOthersLeftAlone() throws Exception {
        // gateway: all four hunks one by one; orchestrator: no, then the rest of it; signal processing: all.
        int exit = review("y\ny\ny\ny\nn\nd\na\n");

        assertThat(exit).as(out()).isEqualTo(ExitCodes.OK);
        assertThat(tree.resolve(GATEWAY)).hasSameTextualContentAs(expected(GATEWAY));
        assertThat(tree.resolve(ORCHESTRATOR)).hasSameBinaryContentAs(GitRepos.EXAMPLES.resolve(ORCHESTRATOR));
        assertThat(tree.resolve(SIGNAL)).hasSameTextualContentAs(expected(SIGNAL));
        assertThat(out()).endsWith("3 files reviewed: 2 written, 1 skipped, 0 refused; 0 could not be migrated\n");
    }

    @Test
    void acceptedHunksThatFailACheckAreNotWritten() throws Exception {
        // orchestrator: only Phase 0, whose declaration the (rejected) Phase 3 hunk still repeats.
        int exit = review("d\ny\nd\na\n");

        assertThat(exit).as(out()).isEqualTo(ExitCodes.FAILED);
        assertThat(out()).contains(ORCHESTRATOR + ": not written: the accepted hunks fail check ")
                .contains("tag-declared-once: ")
                .endsWith("3 files reviewed: 1 written, 1 skipped, 1 refused; 0 could not be migrated\n");
        // tagDataStorageImageInKind is still there twice; the check is named once.
        assertThat(out().split("check no-retag-function: ", -1)).hasSize(2);
        assertThat(tree.resolve(ORCHESTRATOR)).hasSameBinaryContentAs(GitRepos.EXAMPLES.resolve(ORCHESTRATOR));
        assertThat(tree.resolve(GATEWAY)).hasSameBinaryContentAs(GitRepos.EXAMPLES.resolve(GATEWAY));
        assertThat(tree.resolve(SIGNAL)).hasSameTextualContentAs(expected(SIGNAL));
    }

    @Test
    void acceptedHunksThatDoNotParseAreNotWritten() throws Exception {
        String before = "package p\n\nvar x = 1\n" + "// filler\n".repeat(8) + "var y = 2\n";
        String after = "package p\n\nvar x = (1 +\n" + "// filler\n".repeat(8) + "\t2)\n";
        Files.writeString(tree.resolve("p.go"), before);
        ReviewedFile file = ReviewedFile.of(new FileOutcome("p.go", FileOutcome.Status.CHANGED, Utf8.encode(before),
                Utf8.encode(after), List.of(), List.of(), List.of()), 3);

        AcceptedHunks.Verdict verdict = AcceptedHunks.settle(file, Set.of(0), List.of(), tree);

        assertThat(file.diff().size()).isEqualTo(2);
        assertThat(verdict.kind()).isEqualTo(AcceptedHunks.Verdict.Kind.REFUSED);
        assertThat(verdict.reason()).startsWith("the accepted hunks do not parse: 12:");
        assertThat(tree.resolve("p.go")).hasContent(before);
        assertThat(AcceptedHunks.settle(file, Set.of(0, 1), List.of(), tree).kind())
                .isEqualTo(AcceptedHunks.Verdict.Kind.WRITTEN);
        assertThat(tree.resolve("p.go")).hasContent(after);
    }

    @Test
    void nothingAnsweredWritesNothing() throws Exception {
        int exit = review("");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(out()).endsWith("3 files reviewed: 0 written, 3 skipped, 0 refused; 0 could not be migrated\n");
        for (String path : List.of(GATEWAY, ORCHESTRATOR, SIGNAL)) {
            assertThat(tree.resolve(path)).hasSameBinaryContentAs(GitRepos.EXAMPLES.resolve(path));
        }
    }

    @Test
    void interactiveExcludesTheOptionsThatWriteOrReportOtherwise() {
        for (String option : List.of("--apply", "--json", "--exit-code", "--quiet", "-q")) {
            CliRunner r = CliRunner.run("run", "-i", option, tree.toString());

            assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.stderr()).startsWith("--interactive excludes --");
        }
        CliRunner r = CliRunner.run("run", "--interactive", "--branch", "fix", tree.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stderr()).startsWith("--interactive excludes --branch (-i writes to the files on disk)");
    }

    /** Runs the built-in recipes on the tree and reviews the result with {@code answers}; the exit code. */
    private int review(String answers) throws Exception {
        List<Recipe> recipes = RecipeCatalog.load(List.of()).all();
        List<FileOutcome> outcomes = Migration.run(tree, recipes, false);
        return InteractiveRun.call(outcomes, recipes, tree, 3,
                new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(shown, true, StandardCharsets.UTF_8));
    }

    private static Path expected(String path) {
        return GitRepos.EXPECTED.resolve(Path.of(path).getFileName() + ".golden");
    }

    private String out() {
        return shown.toString(StandardCharsets.UTF_8);
    }
}
