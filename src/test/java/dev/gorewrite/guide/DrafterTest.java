package dev.gorewrite.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.engine.Rewriter;
import dev.gorewrite.recipe.RecipeLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One drafting rule per test, on small inline guides (with ROOT where the rule reads the file). */
class DrafterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final String FILE = "**File**: `a.go`\n\n";
    private static final String GO = """
            package a

            func Run(w io.Writer) error {
            	// ═══════════════
            	// PHASE 1: Build
            	// ═══════════════
            	build(w)
            	push(w,
            		"old", w)
            	// ═══════════════
            	// PHASE 2: Tag (obsolete)
            	// ═══════════════
            	fmt.Fprintln(w, "tagging")
            	if err := tag(w); err != nil {
            		return err
            	}
            	return nil
            }

            // tag tags the image.
            func tag(w io.Writer) error {
            	return nil
            }
            """;

    @TempDir
    Path root;

    private static Drafts draft(String markdown, Optional<Path> root) {
        return Drafter.draft(GuideReader.parse("G.md", "# G\n\n## A\n\n" + markdown), root, TODAY);
    }

    private Drafts drafted(String markdown) throws IOException {
        Files.writeString(root.resolve("a.go"), GO);
        return draft(markdown, Optional.of(root));
    }

    private static DraftedStep only(Drafts drafts) {
        return drafts.recipes().get(0).steps().get(0);
    }

    private static String go(String label, String code) {
        return "**" + label + "**:\n```go\n" + code + "```\n\n";
    }

    @Test
    void everyStepIsAccountedForAndEveryEditCitesItsGuideLine() throws Exception {
        Drafts drafts = drafted(FILE + "### Change 1: Build twice\n\n" + go("CHANGE FROM", "build(w)\n") + go("CHANGE TO", "rebuild(w)\n"));
        DraftedRecipe recipe = drafts.recipes().get(0);
        assertThat(recipe.fileName()).isEqualTo("a.yaml");
        assertThat(recipe.yaml()).startsWith("# Drafted by `gorewrite guide` from G.md (\"G\") on 2026-11-29, for a.go.\n")
                .contains("  - guide: \"G.md:7 Change 1: Build twice\"\n");
        assertThat(RecipeLoader.load("a.yaml", recipe.yaml()).id()).isEqualTo("g/a");
        assertThat(only(drafts)).extracting(DraftedStep::guideLine, DraftedStep::certainty, DraftedStep::editIndex)
                .containsExactly(7, Certainty.DRAFTED, 0);
    }

    @Test
    void anElisionInTheOldCodeIsAWildcardAndOneInBothIsCarriedOver() throws Exception {
        String from = "build(w)\n// ... rest of phase 1\nreturn nil\n";
        DraftedRecipe oneSided = drafted(FILE + go("REPLACE", from) + go("WITH", "rebuild(w)\nreturn nil\n")).recipes().get(0);
        assertThat(oneSided.yaml()).contains("      from: |\n        build(w)\n        ...\n        return nil\n");
        DraftedRecipe both = drafted(FILE + go("REPLACE", from) + go("WITH", "rebuild(w)\n// ...\nreturn nil\n")).recipes().get(0);
        assertThat(both.yaml()).contains("        $...REST\n        return nil\n      to: |\n        rebuild(w)\n        $...REST\n");
        assertThat(both.steps().get(0).certainty()).isEqualTo(Certainty.DRAFTED);
        assertThat(RecipeLoader.load("a.yaml", both.yaml()).edits()).hasSize(1);
    }

    @Test
    void anElisionOnlyInTheNewCodeNeedsAPerson() throws IOException {
        Drafts drafts = drafted(FILE + go("REPLACE", "build(w)\n") + go("WITH", "build(w)\n// ...\n"));
        assertThat(drafts.recipes()).as("a recipe with nothing to run is not written").isEmpty();
        DraftedStep step = drafts.manual().get(0);
        assertThat(step.certainty()).isEqualTo(Certainty.NEEDS_REVIEW);
        assertThat(step.editIndex()).isEqualTo(-1);
        assertThat(step.note()).contains("leaves out 1 part(s)");
    }

    @Test
    void anArgumentLineBecomesTheCallAroundItWithoutRoot() {
        Drafts drafts = draft(FILE + go("BEFORE", "\t\t\"old\", w)\n") + go("AFTER", "\t\t\"new\", w)\n"), Optional.empty());
        assertThat(drafts.recipes().get(0).yaml()).contains("from: \"$F1($...A1, \\\"old\\\", w)\"")
                .contains("to: \"$F1($...A1, \\\"new\\\", w)\"").contains("No ROOT was given");
        assertThat(only(drafts).note()).contains("as the call around it, which the engine writes anew on one line: no file to take")
                .contains("not checked against code (no ROOT)");
    }

    @Test
    void anArgumentLineOfAMultiLineCallChangesOnlyThatLineOfTheStatementAroundIt() throws Exception {
        Drafts drafts = drafted(FILE + go("BEFORE", "\t\t\"old\", w)\n") + go("AFTER", "\t\t\"new\", w)\n"));
        DraftedRecipe recipe = drafts.recipes().get(0);
        assertThat(recipe.yaml()).contains("    replace:\n      from: |\n        push(w,\n        \t\"old\", w)\n"
                + "      to: |\n        push(w,\n        \t\"new\", w)\n").doesNotContain("$F1");
        assertThat(only(drafts).certainty()).isEqualTo(Certainty.DRAFTED);
        assertThat(only(drafts).note()).contains("the statement at line 8 of a.go, with line 9 changed").contains("applied at a.go:8");
        byte[] after = run(recipe.yaml(), GO);
        assertThat(new String(after, StandardCharsets.UTF_8)).isEqualTo(GO.replace("\t\t\"old\", w)", "\t\t\"new\", w)"));
    }

    @Test
    void anArgumentLineInAnIfHeaderIsTheHeadersStatementAndOneOfACallThatHoldsABlockThatCall() throws Exception {
        String go = "package a\n\nfunc Run(w io.Writer) error {\n\tif err := tag(w,\n\t\t\"old\",\n\t\tw); err != nil {\n\t\treturn err\n\t}\n"
                + "\tdefer cleanup(func() {\n\t\tclose(w)\n\t}, w,\n\t\t\"gone\")\n\treturn nil\n}\n";
        Files.writeString(root.resolve("a.go"), go);
        Drafts drafts = draft(FILE + "### Change 1\n\n" + go("FROM", "\t\t\"old\",\n") + go("TO", "\t\t\"new\",\n")
                + "### Change 2\n\n" + go("FROM", "\t\"gone\")\n") + go("TO", "\t\"kept\")\n"), Optional.of(root));
        DraftedRecipe recipe = drafts.recipes().get(0);
        assertThat(recipe.steps().get(0).note()).contains("the statement at line 4 of a.go, with line 5 changed");
        assertThat(recipe.steps().get(1).note()).contains("the call at line 9 of a.go, with line 12 changed");
        assertThat(recipe.steps()).extracting(DraftedStep::certainty).containsOnly(Certainty.DRAFTED);
        assertThat(new String(run(recipe.yaml(), go), StandardCharsets.UTF_8))
                .isEqualTo(go.replace("\"old\"", "\"new\"").replace("\"gone\"", "\"kept\""));
    }

    @Test
    void anArgumentLineFoundTwiceIsNoSiteAndItsCallAroundItNeedsReviewNeverAWrongPlace() throws Exception {
        String twice = GO.replace("\tbuild(w)\n", "\tbuild(w)\n\tpull(w,\n\t\t\"old\", w)\n");
        Files.writeString(root.resolve("a.go"), twice);
        Drafts drafts = draft(FILE + go("BEFORE", "\t\t\"old\", w)\n") + go("AFTER", "\t\t\"new\", w)\n"), Optional.of(root));
        DraftedStep step = drafts.manual().isEmpty() ? only(drafts) : drafts.manual().get(0);
        assertThat(step.certainty()).isEqualTo(Certainty.NEEDS_REVIEW);
        assertThat(step.note()).contains("its lines are found 2 times in a.go (lines 9, 11)").contains("(ambiguous)");
        assertThat(drafts.recipes()).allSatisfy(r -> assertThat(RecipeLoader.load(r.fileName(), r.yaml()).edits()).isEmpty());
    }

    /** The file as one recipe leaves it, run by the engine as `run` does. */
    private static byte[] run(String yaml, String go) throws Exception {
        FileOutcome outcome = Rewriter.rewrite("a.go", go.getBytes(StandardCharsets.UTF_8), List.of(RecipeLoader.load("a.yaml", yaml)));
        assertThat(outcome.status()).as(outcome.problems().toString()).isNotEqualTo(FileOutcome.Status.FAILED);
        return outcome.after();
    }

    @Test
    void anAddBeforeACommentTakesTheCommentAsTheFileSpellsIt() throws IOException {
        String add = FILE + "**Location**: Before Phase 1 comment\n\n" + go("ADD", "prepare(w)\n");
        assertThat(drafted(add).recipes().get(0).yaml()).contains("before: {comment: \"PHASE 1:\"}");
        DraftedRecipe unchecked = draft(add, Optional.empty()).recipes().get(0);
        assertThat(unchecked.yaml()).contains("before: {comment: \"Phase 1\"}");
        assertThat(unchecked.steps().get(0).note()).contains("may be spelled otherwise");
    }

    @Test
    void anAddAtALineNumberIsAnchoredOnTheBannerOrStatementFoundThere() throws IOException {
        DraftedRecipe banner = drafted(FILE + "**Location**: Line ~10\n\n" + go("ADD", "prepare(w)\n")).recipes().get(0);
        assertThat(banner.yaml()).contains("before: {comment: \"PHASE 2:\"}");
        assertThat(banner.steps().get(0).note()).contains("line 10 of a.go");
        DraftedRecipe statement = drafted(FILE + "**Location**: Line ~8\n\n" + go("ADD", "prepare(w)\n")).recipes().get(0);
        assertThat(statement.yaml()).contains("      before: |\n        push(w,\n        \t\t\"old\", w)\n");
        DraftedStep noRoot = draft(FILE + "**Location**: Line ~8\n\n" + go("ADD", "prepare(w)\n"), Optional.empty()).manual().get(0);
        assertThat(noRoot.certainty()).isEqualTo(Certainty.NEEDS_REVIEW);
        assertThat(noRoot.note()).contains("give ROOT");
    }

    @Test
    void anAddedImportBlockIsAnImportAddition() throws IOException {
        Drafts drafts = drafted(FILE + "**Location**: Top of file\n\n" + go("ADD", "import (\n\tr \"example.com/retry\"\n\t_ \"embed\"\n)\n")
                + "### Change 2\n\n" + go("FROM", "build(w)\n") + go("TO", "r.Do(build, w)\n"));
        DraftedRecipe recipe = drafts.recipes().get(0);
        assertThat(recipe.yaml()).contains("imports:\n  r: \"example.com/retry\"\n  add: [\"r example.com/retry\", \"_ embed\"]\n");
        assertThat(recipe.steps()).extracting(DraftedStep::certainty).containsOnly(Certainty.DRAFTED);
        assertThat(recipe.steps()).extracting(DraftedStep::editIndex).containsExactly(-1, 0);
    }

    @Test
    void deletesAreDecidedByCodeTokensNeverByCommentText() throws IOException {
        DraftedRecipe function = drafted(FILE + go("DELETE", "// tag tags the image.\nfunc tag(w io.Writer) error {\n\t// ...\n}\n")).recipes().get(0);
        assertThat(function.yaml()).contains("delete-declaration: \"tag\"");
        DraftedRecipe method = draft(FILE + go("DELETE THIS ENTIRE FUNCTION", "func (s *S) tag() {\n}\n"), Optional.empty()).recipes().get(0);
        assertThat(method.yaml()).contains("delete-declaration: \"tag\"");
        DraftedRecipe statement = drafted(FILE + go("DELETE", "// func tag is gone, so:\nbuild(w)\n")).recipes().get(0);
        assertThat(statement.yaml()).contains("    delete: |\n      // func tag is gone, so:\n      build(w)\n");
        assertThat(statement.steps().get(0).kind()).isEqualTo(DraftKind.DELETE);
    }

    @Test
    void aDeleteWhoseCodeIsGoneStaysDraftedSoARunOnAMigratedTreeIsNoReview() throws IOException {
        DraftedStep gone = only(drafted(FILE + go("DELETE THIS ENTIRE FUNCTION", "func retired() {\n}\n")));

        assertThat(gone.certainty()).isEqualTo(Certainty.DRAFTED);
        assertThat(gone.editIndex()).isZero();
        assertThat(gone.note()).doesNotContain("applied at");
    }

    @Test
    void aSectionUnderABannerIsDeletedFromItsTitleThroughItsCode() throws Exception {
        Drafts drafts = drafted(FILE + go("DELETE THIS ENTIRE SECTION",
                "// ═══════════════\n// PHASE 2: Tag (obsolete)\n// ═══════════════\nfmt.Fprintln(w, \"tagging\")\n// ... (all of it)\n"
                        + "if err := tag(w); err != nil {\n\treturn err\n}\n"));
        DraftedRecipe recipe = drafts.recipes().get(0);
        assertThat(recipe.yaml()).contains("      from: {comment: \"PHASE 2:\"}\n      through: |\n        fmt.Fprintln(w, \"tagging\")\n        ...\n");
        assertThat(only(drafts).note()).contains("applied at a.go:11");
    }

    @Test
    void codeTheFileDoesNotHaveNeedsReviewWithTheNearestCandidateAndIsWrittenCommentedOut() throws Exception {
        Drafts drafts = drafted(FILE + "### Change 1\n\n" + go("CHANGE FROM", "push(w, \"older\", w)\n") + go("CHANGE TO", "push(w, \"new\", w)\n")
                + "### Change 2\n\n" + go("DELETE", "build(w)\n"));
        DraftedRecipe recipe = drafts.recipes().get(0);
        DraftedStep step = recipe.steps().get(0);
        assertThat(step.certainty()).isEqualTo(Certainty.NEEDS_REVIEW);
        assertThat(step.note()).contains("does not match a.go (drifted)").contains("nearest candidate a.go:8:2");
        assertThat(recipe.yaml()).contains("  # NEEDS REVIEW: ").contains("  # - guide: \"G.md:7 Change 1\"\n  #   replace:\n");
        assertThat(recipe.steps().get(1).editIndex()).isZero();
        assertThat(RecipeLoader.load("a.yaml", recipe.yaml()).edits()).hasSize(1);
        assertThat(RecipeLoader.load("a.yaml", ReviewBlocks.uncomment(recipe.yaml())).edits()).hasSize(2);
    }

    @Test
    void anAddOfCodeTheFileHasInAnOlderFormIsAReplaceForReviewNeverAnInsert() throws Exception {
        Drafts drafts = drafted(FILE + "### Change 1\n\n**Location**: Before Phase 2 comment\n\n" + go("ADD", "push(w,\n\t\"new\", w)\n")
                + "### Change 2\n\n" + go("DELETE", "build(w)\n"));
        DraftedRecipe recipe = drafts.recipes().get(0);
        assertThat(only(drafts).certainty()).isEqualTo(Certainty.NEEDS_REVIEW);
        assertThat(only(drafts).note()).contains("a.go:8:2 `push(w,`").contains("older form");
        assertThat(recipe.yaml()).doesNotContain("insert:").contains("  # - guide: \"G.md:7 Change 1\"\n  #   replace:\n")
                .contains("  #     from: |\n  #       push(w,\n  #       \t\"old\", w)\n");
        assertThat(RecipeLoader.load("a.yaml", recipe.yaml()).edits()).hasSize(1);
        assertThat(RecipeLoader.load("a.yaml", ReviewBlocks.uncomment(recipe.yaml())).edits()).hasSize(2);
    }

    @Test
    void anAddWithTwoOlderFormsAlikeNeedsAPersonToChooseAndDraftsNothing() throws IOException {
        Files.writeString(root.resolve("a.go"), "package a\n\nfunc Run(w io.Writer) {\n\tpush(w, \"old\", w)\n\tbuild(w)\n"
                + "\tpush(w, \"old\", w)\n\t// PHASE 2\n\tbuild(w)\n}\n");
        Drafts drafts = draft(FILE + "### Change 1\n\n**Location**: Before Phase 2 comment\n\n" + go("ADD", "push(w, \"new\", w)\n")
                + "### Change 2\n\n" + go("DELETE", "func Run(w io.Writer) {\n}\n"), Optional.of(root));
        DraftedRecipe recipe = drafts.recipes().get(0);
        DraftedStep add = recipe.steps().get(0);
        assertThat(add.certainty()).isEqualTo(Certainty.NEEDS_REVIEW);
        assertThat(add.note()).contains("a.go:4:2 `push(w, \"old\", w)`, a.go:6:2 `push(w, \"old\", w)`")
                .contains("cannot be told");
        assertThat(recipe.yaml()).doesNotContain("insert:").doesNotContain("replace:");
    }

    @Test
    void anAddWhoseLookalikeAnotherStepRemovesIsDrafted() throws IOException {
        Drafts drafts = drafted(FILE + "### Change 1\n\n**Location**: Before Phase 1 comment\n\n" + go("ADD", "push(w,\n\t\"new\", w)\n")
                + "### Change 2\n\n" + go("DELETE", "push(w, \"old\", w)\n"));
        assertThat(drafts.recipes().get(0).steps()).extracting(DraftedStep::certainty).containsOnly(Certainty.DRAFTED);
    }

    @Test
    void aNewFileIsARecipeLevelCreateThatRefusesOtherContentAlreadyThere() throws IOException {
        String guide = "#### Change 1\n\nNEW FILE: `b/c.go`\n```go\npackage b\n```\n";
        DraftedRecipe create = draft(guide, Optional.empty()).recipes().get(0);
        assertThat(create.fileName()).isEqualTo("c.yaml");
        assertThat(create.yaml()).endsWith("id: \"g/new-c\"\ntitle: \"Change 1: b/c.go\"\nguide: \"G.md:5 Change 1\"\n"
                + "create:\n  path: \"b/c.go\"\n  code: |\n    package b\n");
        Files.createDirectories(root.resolve("b"));
        Files.writeString(root.resolve("b/c.go"), "package other\n");
        DraftedStep step = draft(guide, Optional.of(root)).recipes().get(0).steps().get(0);
        assertThat(step.certainty()).isEqualTo(Certainty.NEEDS_REVIEW);
        assertThat(step.note()).contains("exists under ROOT with other content");
    }

    @Test
    void sameChangesAsAnotherSectionRepeatItsStepsWithTheSubstitutionCitingBothLines() throws Exception {
        String markdown = "## Gateway\n\n**File**: `gateway.go`\n\n#### Change 1\n\n" + go("FROM", "tag(\"gateway\")\n") + go("TO", "tagOnce(\"gateway\")\n")
                + "## Signal\n\n**File**: `signal.go`\n\n**Same changes as Gateway, with `\"signal\"`**:\n1. Tag once\n";
        Drafts drafts = Drafter.draft(GuideReader.parse("G.md", "# G\n\n" + markdown), Optional.empty(), TODAY);
        DraftedRecipe signal = drafts.recipes().get(1);
        assertThat(signal.yaml()).contains("  - guide: \"G.md:24 Tag once (as G.md:7 Change 1)\"")
                .contains("from: \"tag(\\\"signal\\\")\"").contains("to: \"tagOnce(\\\"signal\\\")\"");
        assertThat(signal.steps()).singleElement().satisfies(s -> {
            assertThat(s.guideLine()).isEqualTo(24);
            assertThat(s.kind()).isEqualTo(DraftKind.REPLACE);
            assertThat(s.note()).contains("repeats Gateway's Change 1 (G.md:7), \"gateway\" -> \"signal\"");
        });
    }

    @Test
    void aCrossReferenceToNothingIsLeftToAPersonNotDropped() {
        String markdown = "## Signal\n\n**File**: `signal.go`\n\n**Same changes as Gateway**:\n1. Tag once\n";
        Drafts drafts = Drafter.draft(GuideReader.parse("G.md", "# G\n\n" + markdown), Optional.empty(), TODAY);
        assertThat(drafts.recipes()).isEmpty();
        assertThat(drafts.manual()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(DraftKind.REPEAT);
            assertThat(s.certainty()).isEqualTo(Certainty.NEEDS_REVIEW);
            assertThat(s.note()).contains("repeats Gateway step 1, which the guide does not write out");
        });
    }

    @Test
    void aRootWithoutTheFileSaysSoAndChecksNothing() {
        Drafts drafts = draft(FILE + go("DELETE", "build(w)\n"), Optional.of(root));
        assertThat(drafts.recipes().get(0).yaml()).contains("# ROOT has no a.go: nothing was checked against code.");
        assertThat(only(drafts).note()).contains("not checked against code (ROOT has no a.go)");
    }

    @Test
    void validationsThatNameCodeBecomeChecksOfTheFilesTheyConcern() throws Exception {
        String markdown = "## A\n\n**File**: `a.go`\n\n" + go("ADD BEFORE Phase 1", "id := makeID(\"a\")\n") + "## B\n\n**File**: `b.go`\n\n"
                + go("DELETE", "build(w)\n") + "## Validation\n\n- `tagOnce(id, ...)` is used\n- No `push()` call\n"
                + "- No `makeID()` called at deploy time\n- `a.go` has `makeID(`\n- Everything builds\n";
        Drafts drafts = Drafter.draft(GuideReader.parse("G.md", "# G\n\n" + markdown), Optional.empty(), TODAY);
        DraftedRecipe a = drafts.recipes().get(0);
        DraftedRecipe b = drafts.recipes().get(1);
        assertThat(a.checks()).extracting(DraftedCheck::checkId).containsExactly("uses-tag-once", "no-push", "once-make-id", "uses-make-id");
        assertThat(a.yaml()).contains("    present: \"tagOnce(id, ...)\"").contains("    absent: \"push\"")
                .contains("    exactly-once: \"makeID(\\\"a\\\")\"").contains("    present: \"makeID(...)\"");
        assertThat(b.checks()).extracting(DraftedCheck::checkId).containsExactly("uses-tag-once", "no-push", "no-make-id");
        assertThat(RecipeLoader.load("a.yaml", a.yaml()).checks()).hasSize(4);
    }

    @Test
    void stepsWithoutAFileOrWithOtherLanguagesAreManualNotDropped() {
        String markdown = "## Deploy\n\n**File**: all deployment files\n\n" + "**CHANGE FROM**:\n```yaml\nport: 1\n```\n\n**CHANGE TO**:\n```yaml\nport: 2\n```\n\n"
                + "## A\n\n**File**: `a.go`\n\nRun:\n```shell\nmake\n```\n";
        Drafts drafts = Drafter.draft(GuideReader.parse("G.md", "# G\n\n" + markdown), Optional.empty(), TODAY);
        assertThat(drafts.recipes()).isEmpty();
        assertThat(drafts.manual()).extracting(DraftedStep::certainty).containsOnly(Certainty.MANUAL);
        assertThat(drafts.manual()).extracting(DraftedStep::note).satisfiesExactly(
                n -> assertThat(n).contains("not Go: yaml (line 8), yaml (line 13)").contains("no file named"),
                n -> assertThat(n).contains("not Go: shell (line 22)"));
    }

    @Test
    void aDraftThatWouldDoNothingLoadableLeavesItsStepsToAPerson() {
        Drafts drafts = draft(FILE + go("ADD", "prepare(w)\n"), Optional.empty());
        assertThat(drafts.recipes()).isEmpty();
        assertThat(drafts.manual()).singleElement().satisfies(s -> {
            assertThat(s.certainty()).isEqualTo(Certainty.NEEDS_REVIEW);
            assertThat(s.note()).contains("names no place");
        });
    }

    @Test
    void everyDraftOfTheseGuidesLoads() throws Exception {
        for (String markdown : List.of(FILE + go("REPLACE", "a := \"x\\\\y\" // #1\n") + go("WITH", "a := `c:\\d` + '\"'\n"),
                FILE + go("ADD AFTER `build(w)`", "\tif x {\n\t\ty()\n\t}\n"))) {
            for (DraftedRecipe r : draft(markdown, Optional.empty()).recipes()) {
                assertThat(RecipeLoader.load(r.fileName(), r.yaml()).edits()).as(r.yaml()).hasSize(1);
            }
        }
    }
}
