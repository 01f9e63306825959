package dev.gorewrite.cli;

import dev.gorewrite.engine.CheckOutcome;
import dev.gorewrite.engine.EditOutcome;
import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.engine.Problem;
import dev.gorewrite.engine.Target;
import dev.gorewrite.engine.TargetFinder;
import dev.gorewrite.engine.TargetMatcher;
import dev.gorewrite.guide.Certainty;
import dev.gorewrite.guide.DraftedCheck;
import dev.gorewrite.guide.DraftedStep;
import dev.gorewrite.recipe.Recipe;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guide's steps and validations mapped onto a run of its drafted recipes. A file's edit
 * outcomes come recipe by recipe, one per edit in the recipe's order, so the n-th outcome of a
 * recipe in a file is its edit n: a drafted step finds its outcome through its edit index.
 */
final class GuideResults {
    /** A recipe's edit in one file. */
    private record Key(String recipeId, int index) {}

    /** An edit's outcome and the file it is in. */
    private record Found(FileOutcome file, EditOutcome edit) {}

    private final Map<Key, Found> edits = new HashMap<>();
    private final List<FileOutcome> outcomes;
    private final Optional<Path> root;

    private GuideResults(Optional<Path> root, List<FileOutcome> outcomes) {
        this.root = root;
        this.outcomes = outcomes;
        for (FileOutcome f : outcomes) {
            Map<String, Integer> seen = new HashMap<>();
            for (EditOutcome e : f.edits()) {
                int index = seen.merge(e.recipeId(), 1, Integer::sum) - 1;
                edits.putIfAbsent(new Key(e.recipeId(), index), new Found(f, e));
            }
        }
    }

    /** The steps as drafted, without a status: no ROOT was given. */
    static List<StepResult> drafted(GuideDrafts drafts) {
        return new GuideResults(Optional.empty(), List.of()).steps(drafts);
    }

    /** The steps with their status in {@code outcomes}, the run of the drafts on {@code root}. */
    static List<StepResult> onRoot(GuideDrafts drafts, Path root, List<FileOutcome> outcomes) {
        return new GuideResults(Optional.of(root), outcomes).steps(drafts);
    }

    private List<StepResult> steps(GuideDrafts drafts) {
        List<StepResult> out = new ArrayList<>();
        for (GuideDrafts.Placed p : drafts.steps()) {
            DraftedStep step = p.step();
            Optional<Recipe> recipe = p.draft().map(GuideDrafts.Draft::recipe);
            String edit = step.drafted() ? DraftedEdit.describe(recipe.orElseThrow(), step.editIndex()) : "";

            String file = p.draft().map(d -> d.drafted().fileName()).orElse("");
            out.add(root.isEmpty() ? new StepResult(step, edit, file, Optional.empty(), "", List.of())
                    : status(step, recipe, edit, file));
        }
        return out;
    }

    private StepResult status(DraftedStep step, Optional<Recipe> recipe, String edit, String file) {
        if (!step.drafted()) {
            StepStatus undrafted = step.certainty() == Certainty.NEEDS_REVIEW ? StepStatus.NEEDS_REVIEW : StepStatus.MANUAL;
            return new StepResult(step, edit, file, Optional.of(undrafted), "", List.of());
        }
        if (step.editIndex() < 0 && recipe.get().create().isEmpty()) {
            return imports(step, recipe.get(), edit, file);
        }
        Found found = edits.get(new Key(recipe.get().id(), Math.max(step.editIndex(), 0)));
        if (found != null) {
            StepStatus status = StepStatus.of(found.edit().status());
            String where = found.edit().line() > 0 ? found.file().path() + ":" + found.edit().line() : found.file().path();
            List<String> problems = status.blocks() ? problems(found.file(), found.edit()) : List.of();
            return new StepResult(step, edit, file, Optional.of(status), where, problems);
        }
        return unmatched(step, recipe.get(), edit, file);
    }

    /**
     * A step drafted as the recipe's `imports: add:`, which has no edit outcome of its own: it is
     * applied when its file changed, and comes to nothing when the file is left as it is.
     */
    private StepResult imports(DraftedStep step, Recipe recipe, String edit, String file) {
        TargetMatcher targets = TargetMatcher.of(List.of(recipe));
        Optional<FileOutcome> target = outcomes.stream().filter(f -> !targets.recipesFor(f.path()).isEmpty()).findFirst();
        if (target.isEmpty()) {
            return unmatched(step, recipe, edit, file);
        }
        FileOutcome f = target.get();
        StepStatus status = f.status() == FileOutcome.Status.CHANGED ? StepStatus.APPLIED
                : f.status() == FileOutcome.Status.FAILED ? StepStatus.NOT_APPLIED : StepStatus.NOT_APPLICABLE;
        List<String> problems = f.problems().stream().map(Problem::toString).toList();
        return new StepResult(step, edit, file, Optional.of(status), f.path(), problems);
    }

    /**
     * A drafted edit with no outcome: its file failed before any edit was planned (it does not
     * parse), or the prefilter saw that the file lacks what the edit looks for, or there is no such file.
     */
    private StepResult unmatched(DraftedStep step, Recipe recipe, String edit, String file) {
        TargetMatcher targets = TargetMatcher.of(List.of(recipe));
        Optional<FileOutcome> failed = outcomes.stream().filter(f -> f.status() == FileOutcome.Status.FAILED
                && !targets.recipesFor(f.path()).isEmpty()).findFirst();
        if (failed.isPresent()) {
            return new StepResult(step, edit, file, Optional.of(StepStatus.FAILED), failed.get().path(),
                    failed.get().problems().stream().map(Problem::toString).toList());
        }
        List<Target> there = TargetFinder.find(root.get(), List.of(recipe));
        if (there.isEmpty()) {
            return new StepResult(step, edit, file, Optional.of(StepStatus.NO_FILE), "", List.of("no file under ROOT"
                    + " matches " + String.join(", ", recipe.files())));
        }
        boolean deletes = step.editIndex() >= 0 && recipe.edits().get(step.editIndex()).kind().deletes();
        StepStatus nothing = deletes ? StepStatus.ABSENT : StepStatus.NOT_APPLICABLE;
        return new StepResult(step, edit, file, Optional.of(nothing), there.get(0).path(), List.of());
    }

    /**
     * The problems of {@code file} that explain {@code edit}: those reported for it (its drifted or
     * ambiguous message names the nearest candidate), or all of them when the file failed for
     * another reason (a not-applied edit).
     */
    private static List<String> problems(FileOutcome file, EditOutcome edit) {
        List<String> own = file.problems().stream().filter(p -> p.message().startsWith(edit.guide() + ": "))
                .map(Problem::toString).toList();
        return own.isEmpty() ? file.problems().stream().map(Problem::toString).toList() : own;
    }

    /** Each drafted validation with the result of its check in {@code outcomes}. */
    static List<CheckResult> checks(GuideDrafts drafts, List<FileOutcome> outcomes) {
        List<CheckResult> out = new ArrayList<>();
        for (GuideDrafts.Draft d : drafts.loaded()) {
            for (DraftedCheck c : d.drafted().checks()) {
                out.add(check(c, d.recipe().id(), outcomes));
            }
        }
        out.sort(java.util.Comparator.comparingInt(r -> r.check().guideLine()));
        return out;
    }

    private static CheckResult check(DraftedCheck check, String recipeId, List<FileOutcome> outcomes) {
        CheckResult result = new CheckResult(check, recipeId, CheckResult.NOT_RUN, "", "");
        for (FileOutcome f : outcomes) {
            for (CheckOutcome c : f.checks()) {
                if (c.recipeId().equals(recipeId) && c.id().equals(check.checkId())) {
                    String where = c.line() > 0 ? f.path() + ":" + c.line() : f.path();
                    if (!c.passed()) {
                        return new CheckResult(check, recipeId, CheckResult.FAILS, where, c.message());
                    }
                    result = new CheckResult(check, recipeId, CheckResult.HOLDS, where, c.message());
                }
            }
        }
        return result;
    }
}
