package dev.gorewrite.recipetest;

import dev.gorewrite.engine.EditOutcome;
import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.engine.Problem;
import dev.gorewrite.engine.Rewriter;
import dev.gorewrite.recipe.Recipe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs one recipe on one case as `run` would on a file: the result must be after.go byte for byte
 * (before.go when there is none), a second run on it must change nothing, and the recipe's checks
 * must hold on it (the engine runs them after each rewrite and refuses the file otherwise). A case
 * whose expect.txt has {@code problem:} lines passes only if the file is refused with them.
 */
public final class CaseRunner {
    private static final String ACTUAL = "actual";

    private CaseRunner() {}

    public static CaseResult run(Recipe recipe, TestCase c) {
        FileOutcome first = Rewriter.rewrite(c.beforeName(), c.before(), List.of(recipe));
        List<Failure> failures = new ArrayList<>(statuses(c.expect(), first.edits()));
        if (first.status() == FileOutcome.Status.FAILED || c.expect().refusal()) {
            failures.addAll(refusal(c.expect(), first));
        } else {
            failures.addAll(result(recipe, c, first.after()));
        }
        return new CaseResult(recipe.id(), c, failures, first.after());
    }

    private static List<Failure> statuses(Expectation expect, List<EditOutcome> edits) {
        List<String> actual = edits.stream().map(e -> e.status().label()).toList();
        if (expect.statuses().isEmpty() || expect.statuses().equals(actual)) {
            return List.of();
        }
        return List.of(new Failure.StatusesDiffer(expect.statuses(), actual, edits.stream().map(EditOutcome::guide).toList()));
    }

    /** A refused file passes only when expect.txt asked for that refusal, problem by problem. */
    private static List<Failure> refusal(Expectation expect, FileOutcome outcome) {
        if (!expect.refusal()) {
            return List.of(new Failure.Refused(texts(outcome.problems())));
        }
        return expect.problems().stream()
                .filter(p -> texts(outcome.problems()).stream().noneMatch(actual -> actual.contains(p)))
                .<Failure>map(p -> new Failure.ProblemMissing(p, texts(outcome.problems())))
                .toList();
    }

    private static List<String> texts(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    private static List<Failure> result(Recipe recipe, TestCase c, byte[] actual) {
        List<Failure> failures = new ArrayList<>();
        byte[] expected = c.after().orElse(c.before());
        if (!Arrays.equals(expected, actual)) {
            String name = c.after().isPresent() ? c.afterName() : c.beforeName();
            failures.add(new Failure.Differs(name, CaseDiff.of(name, expected, ACTUAL, actual)));
        }
        failures.addAll(secondRun(recipe, c, actual));
        return failures;
    }

    private static List<Failure> secondRun(Recipe recipe, TestCase c, byte[] actual) {
        FileOutcome again = Rewriter.rewrite(c.place() + "/" + ACTUAL, actual, List.of(recipe));
        return switch (again.status()) {
            case UNCHANGED -> List.of();
            case CHANGED -> List.of(new Failure.NotIdempotent(
                    CaseDiff.of("first run", actual, "second run", again.after())));
            case FAILED -> List.of(new Failure.RefusedOwnResult(texts(again.problems())));
        };
    }
}
