package dev.gorewrite.engine;

import dev.gorewrite.recipe.Anchor;
import dev.gorewrite.recipe.Check;
import dev.gorewrite.recipe.Recipe;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a recipe's checks on one file; each outcome names the line that shows it holds or fails,
 * and a check found where it must not be fails once per place (every violation, not the first).
 */
final class CheckRunner {
    private CheckRunner() {}

    /** {@code changed}: the recipe changed this file (checks marked only-if-changed run only then). */
    static List<CheckOutcome> run(Recipe recipe, Locator at, boolean changed) {
        List<CheckOutcome> out = new ArrayList<>();
        Locator.Range whole = new Locator.Range(0, at.text().length());
        for (Check check : recipe.checks()) {
            if (!check.onlyIfChanged() || changed) {
                out.addAll(run(recipe.id(), check, at, whole));
            }
        }
        return out;
    }

    private static List<CheckOutcome> run(String recipeId, Check check, Locator at, Locator.Range whole) {
        List<Locator.Place> found = at.find(check.target(), whole, check.scope(), check.where());
        Anchor target = check.target();
        switch (check.kind()) {
            case PRESENT:
                return List.of(found.isEmpty() ? fail(recipeId, check, 1, "expected " + target + ", found none")
                        : pass(recipeId, check, found.get(0).line()));
            case ABSENT:
                if (found.isEmpty()) {
                    return List.of(new CheckOutcome(recipeId, check.id(), check.says(), true, 1, CheckOutcome.NOWHERE));
                }
                return found.stream().map(p -> fail(recipeId, check, p.line(), "found " + target)).toList();
            case EXACTLY_ONCE:
                return exactlyOnce(recipeId, check, found);
            default:
                return List.of(before(recipeId, check, at, whole, found));
        }
    }

    private static List<CheckOutcome> exactlyOnce(String recipeId, Check check, List<Locator.Place> found) {
        if (found.size() == 1) {
            return List.of(pass(recipeId, check, found.get(0).line()));
        }
        if (found.isEmpty()) {
            return List.of(fail(recipeId, check, 1, "expected " + check.target() + " once, found none"));
        }
        List<CheckOutcome> out = new ArrayList<>();
        for (Locator.Place extra : found.subList(1, found.size())) {
            out.add(fail(recipeId, check, extra.line(), "expected " + check.target() + " once, found " + found.size()
                    + " times (lines " + Locator.lines(found) + ")"));
        }
        return out;
    }

    private static CheckOutcome before(String recipeId, Check check, Locator at, Locator.Range whole,
            List<Locator.Place> first) {
        Anchor then = check.then().orElseThrow();
        List<Locator.Place> second = at.find(then, whole, check.scope(), check.where());
        if (first.isEmpty()) {
            return fail(recipeId, check, 1, "expected " + check.target() + ", found none");
        }
        if (second.isEmpty()) {
            return fail(recipeId, check, 1, "expected " + then + ", found none");
        }
        int a = first.get(0).line();
        int b = second.get(0).line();
        return a < b ? pass(recipeId, check, a)
                : fail(recipeId, check, a, check.target() + " is at line " + a + ", after " + then + " at line " + b);
    }

    private static CheckOutcome pass(String recipeId, Check check, int line) {
        return new CheckOutcome(recipeId, check.id(), check.says(), true, line, "holds");
    }

    private static CheckOutcome fail(String recipeId, Check check, int line, String message) {
        return new CheckOutcome(recipeId, check.id(), check.says(), false, line, message);
    }
}
