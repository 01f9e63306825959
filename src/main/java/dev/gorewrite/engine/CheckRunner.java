package dev.gorewrite.engine;

import dev.gorewrite.recipe.Anchor;
import dev.gorewrite.recipe.Check;
import dev.gorewrite.recipe.Recipe;
import java.util.ArrayList;
import java.util.List;

/** Runs a recipe's checks on one file; each outcome names the line that shows it holds or fails. */
final class CheckRunner {
    private CheckRunner() {}

    static List<CheckOutcome> run(Recipe recipe, Locator at) {
        List<CheckOutcome> out = new ArrayList<>();
        Locator.Range whole = new Locator.Range(0, at.text().length());
        for (Check check : recipe.checks()) {
            out.add(run(recipe.id(), check, at, whole));
        }
        return out;
    }

    private static CheckOutcome run(String recipeId, Check check, Locator at, Locator.Range whole) {
        List<Locator.Place> found = at.find(check.target(), whole);
        Anchor target = check.target();
        switch (check.kind()) {
            case PRESENT:
                return found.isEmpty() ? fail(recipeId, check, 1, "expected " + target + ", found none")
                        : pass(recipeId, check, found.get(0).line());
            case ABSENT:
                return found.isEmpty() ? new CheckOutcome(recipeId, check.id(), check.says(), true, 1, CheckOutcome.NOWHERE)
                        : fail(recipeId, check, found.get(0).line(), "found " + target);
            case EXACTLY_ONCE:
                if (found.size() == 1) {
                    return pass(recipeId, check, found.get(0).line());
                }
                return found.isEmpty() ? fail(recipeId, check, 1, "expected " + target + " once, found none")
                        : fail(recipeId, check, found.get(1).line(), "expected " + target + " once, found "
                                + found.size() + " times (lines " + Locator.lines(found) + ")");
            default:
                return before(recipeId, check, at, whole, found);
        }
    }

    private static CheckOutcome before(String recipeId, Check check, Locator at, Locator.Range whole,
            List<Locator.Place> first) {
        Anchor then = check.then().orElseThrow();
        List<Locator.Place> second = at.find(then, whole);
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
