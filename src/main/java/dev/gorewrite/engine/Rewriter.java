package dev.gorewrite.engine;

import dev.gorewrite.edit.Edit;
import dev.gorewrite.edit.Edits;
import dev.gorewrite.edit.OverlappingEditsException;
import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.SyntaxError;
import dev.gorewrite.golang.Utf8;
import dev.gorewrite.recipe.EditStep;
import dev.gorewrite.recipe.Recipe;
import java.util.ArrayList;
import java.util.List;

/**
 * Migrates one file with the recipes that target it: every edit of a recipe is planned on the
 * same text, then all are applied or none; the result must parse and pass the recipe's checks.
 * Anything less leaves the file as it was, with the reason.
 */
public final class Rewriter {
    private Rewriter() {}

    public static FileOutcome rewrite(String path, byte[] bytes, List<Recipe> recipes) {
        GoFile file = GoFile.parse(path, bytes);
        if (!file.ok()) {
            return FileOutcome.failed(path, bytes, List.of(), List.of(), syntaxProblems(file, ""));
        }
        List<EditOutcome> edits = new ArrayList<>();
        List<CheckOutcome> checks = new ArrayList<>();
        boolean changed = false;
        Locator at = new Locator(file);
        for (Recipe recipe : recipes) {
            EditPlanner planner = new EditPlanner(at, path, recipe.id(), file.lineEnding().separator());
            List<Edit> changes = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (EditStep step : recipe.edits()) {
                PlannedEdit planned = planner.plan(step);
                edits.add(planned.outcome());
                changes.addAll(planned.changes());
                if (planned.outcome().status().blocksFile()) {
                    problems.add(describe(path, planned.outcome()));
                }
            }
            if (!problems.isEmpty()) {
                return FileOutcome.failed(path, bytes, edits, checks, problems);
            }
            if (!changes.isEmpty()) {
                String text;
                try {
                    text = Edits.apply(file.text(), changes);
                } catch (OverlappingEditsException e) {
                    return FileOutcome.failed(path, bytes, edits, checks,
                            List.of(path + ": recipe " + recipe.id() + ": edits overlap: " + e.getMessage()));
                }
                file = GoFile.parse(path, Utf8.encode(text));
                if (!file.ok()) {
                    return FileOutcome.failed(path, bytes, edits, checks,
                            syntaxProblems(file, "result of recipe " + recipe.id() + " does not parse: "));
                }
                changed = true;
                at = new Locator(file);
            }
            List<CheckOutcome> results = CheckRunner.run(recipe, at);
            checks.addAll(results);
            List<String> failures = failedChecks(path, results);
            if (!failures.isEmpty()) {
                return FileOutcome.failed(path, bytes, edits, checks, failures);
            }
        }
        byte[] after = changed ? Utf8.encode(file.text()) : bytes;
        FileOutcome.Status status = changed ? FileOutcome.Status.CHANGED : FileOutcome.Status.UNCHANGED;
        return new FileOutcome(path, status, bytes, after, edits, checks, List.of());
    }

    /** Checks alone, on a file as it is (the `check` command). */
    public static FileOutcome check(String path, byte[] bytes, List<Recipe> recipes) {
        GoFile file = GoFile.parse(path, bytes);
        if (!file.ok()) {
            return FileOutcome.failed(path, bytes, List.of(), List.of(), syntaxProblems(file, ""));
        }
        Locator at = new Locator(file);
        List<CheckOutcome> checks = new ArrayList<>();
        for (Recipe recipe : recipes) {
            checks.addAll(CheckRunner.run(recipe, at));
        }
        return new FileOutcome(path, FileOutcome.Status.UNCHANGED, bytes, bytes, List.of(), checks, List.of());
    }

    public static List<String> failedChecks(String path, List<CheckOutcome> results) {
        List<String> failures = new ArrayList<>();
        for (CheckOutcome c : results) {
            if (!c.passed()) {
                failures.add(path + ":" + c.line() + ": " + c.id() + ": " + c.message());
            }
        }
        return failures;
    }

    private static String describe(String path, EditOutcome o) {
        return path + (o.line() > 0 ? ":" + o.line() : "") + ": " + o.guide() + ": " + o.status().label() + ": "
                + o.detail();
    }

    private static List<String> syntaxProblems(GoFile file, String prefix) {
        List<String> out = new ArrayList<>();
        for (SyntaxError e : file.errors()) {
            out.add(prefix + e);
        }
        return out;
    }
}
