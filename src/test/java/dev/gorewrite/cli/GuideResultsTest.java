package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.engine.Migration;
import dev.gorewrite.guide.Certainty;
import dev.gorewrite.guide.DraftKind;
import dev.gorewrite.guide.DraftedCheck;
import dev.gorewrite.guide.DraftedRecipe;
import dev.gorewrite.guide.DraftedStep;
import dev.gorewrite.guide.Drafts;
import dev.gorewrite.guide.GuideReader;
import dev.gorewrite.recipe.RecipeLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How each drafted step finds its outcome in a run of the drafts (through its edit index), on drafts
 * written here by hand, so that every status shows: applied, failed with the nearest candidate,
 * not-applied, no file, absent, created, and the steps left to a person.
 */
class GuideResultsTest {
    private static final String SETUP = "package svc\n\nfunc Setup() {\n\tbuild(w)\n\tdeploy(ctx, w)\n}\n";

    @TempDir
    Path root;

    @BeforeEach
    void tree() throws Exception {
        Files.createDirectories(root.resolve("svc"));
        Files.writeString(root.resolve("svc/setup.go"), SETUP);
    }

    private static DraftedStep drafted(int line, DraftKind kind, int edit) {
        return new DraftedStep(line, "Change " + line, kind, Certainty.DRAFTED, edit, "");
    }

    private List<StepResult> run(String yaml, List<DraftedStep> steps, List<DraftedStep> manual) throws Exception {
        DraftedRecipe draft = new DraftedRecipe("setup.yaml", yaml, steps, List.of(new DraftedCheck(40, "deploys", "deploys")));
        GuideDrafts drafts = new GuideDrafts(GuideReader.parse("GUIDE.md", "# G\n"), new Drafts(List.of(draft), manual),
                List.of(new GuideDrafts.Draft(draft, RecipeLoader.load(draft.fileName(), yaml))));
        List<FileOutcome> outcomes = Migration.run(root, drafts.recipes(), false);
        checks = GuideResults.checks(drafts, outcomes);
        return GuideResults.onRoot(drafts, root, outcomes);
    }

    private List<CheckResult> checks;

    private static String recipe(String files, String edits) {
        return "id: guide/setup\ntitle: T\nguide: G\nfiles: [\"" + files + "\"]\nedits:\n" + edits
                + "checks:\n  - {id: deploys, says: deploys, present: \"deploy(...)\"}\n";
    }

    @Test
    void eachEditIndexFindsItsOwnOutcome() throws Exception {
        List<StepResult> r = run(recipe("svc/setup.go", """
                  - {guide: a, replace: {from: "build(w)", to: "buildWithTag(tag, w)"}}
                  - {guide: b, optional: true, delete: "cleanup()"}
                """), List.of(drafted(10, DraftKind.REPLACE, 0), drafted(20, DraftKind.DELETE, 1)),
                List.of(new DraftedStep(30, "Manifests", DraftKind.MANUAL, Certainty.MANUAL, -1, "not Go: yaml")));

        assertThat(r).extracting(s -> s.status().orElseThrow().label(), StepResult::where).containsExactly(
                org.assertj.core.groups.Tuple.tuple("applied", "svc/setup.go:4"),
                org.assertj.core.groups.Tuple.tuple("absent", "svc/setup.go"),
                org.assertj.core.groups.Tuple.tuple("manual", ""));
        assertThat(r.get(0).edit()).isEqualTo("replace `build(w)`");
        assertThat(checks).singleElement().satisfies(c -> assertThat(c.result() + " " + c.where()).isEqualTo("holds svc/setup.go:5"));
    }

    @Test
    void aDriftedEditFailsWithTheNearestCandidateAndTheOtherIsNotApplied() throws Exception {
        List<StepResult> r = run(recipe("svc/setup.go", """
                  - {guide: a, replace: {from: "build(w)", to: "buildWithTag(tag, w)"}}
                  - {guide: b, replace: {from: "deploy(ctx)", to: "deploy(ctx, tag)"}}
                """), List.of(drafted(10, DraftKind.REPLACE, 0), drafted(20, DraftKind.REPLACE, 1)), List.of());

        assertThat(r).extracting(s -> s.status().orElseThrow()).containsExactly(StepStatus.NOT_APPLIED, StepStatus.FAILED);
        assertThat(r.get(1).problems()).singleElement().asString()
                .startsWith("svc/setup.go:").contains("b: drifted").contains("nearest candidate svc/setup.go:5:2");
        assertThat(r.get(0).problems()).isNotEmpty();
    }

    @Test
    void aRecipeWhoseFileIsNotThereSaysSo() throws Exception {
        List<StepResult> r = run(recipe("svc/other.go", """
                  - {guide: a, replace: {from: "build(w)", to: "buildWithTag(tag, w)"}}
                """), List.of(drafted(10, DraftKind.REPLACE, 0)),
                List.of(new DraftedStep(12, "Load", DraftKind.INSERT, Certainty.NEEDS_REVIEW, -1, "candidate svc/setup.go:4:2")));

        assertThat(r).extracting(s -> s.status().orElseThrow()).containsExactly(StepStatus.NO_FILE, StepStatus.NEEDS_REVIEW);
        assertThat(r.get(0).problems()).containsExactly("no file under ROOT matches svc/other.go");
        assertThat(checks).singleElement().satisfies(c -> assertThat(c.result()).isEqualTo(CheckResult.NOT_RUN));
    }

    @Test
    void aCreatedFileIsTheStepOfARecipeWithoutEdits() throws Exception {
        String yaml = "id: guide/health\ntitle: T\nguide: G\ncreate:\n  path: svc/health.go\n  code: |\n"
                + "    package svc\n\n    func Health() string { return \"ok\" }\n";
        DraftedRecipe draft = new DraftedRecipe("health.yaml", yaml, List.of(drafted(5, DraftKind.NEW_FILE, -1)), List.of());
        GuideDrafts drafts = new GuideDrafts(GuideReader.parse("GUIDE.md", "# G\n"), new Drafts(List.of(draft), List.of()),
                List.of(new GuideDrafts.Draft(draft, RecipeLoader.load(draft.fileName(), yaml))));

        List<StepResult> r = GuideResults.onRoot(drafts, root, Migration.run(root, drafts.recipes(), false));

        assertThat(r).singleElement().satisfies(s -> {
            assertThat(s.status()).contains(StepStatus.APPLIED);
            assertThat(s.edit()).isEqualTo("create svc/health.go");
            assertThat(s.where()).isEqualTo("svc/health.go:1");
        });
    }
}
