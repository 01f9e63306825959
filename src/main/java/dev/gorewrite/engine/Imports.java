package dev.gorewrite.engine;

import dev.gorewrite.golang.GoFile;
import dev.gorewrite.imports.ImportFix;
import dev.gorewrite.imports.ImportFixer;
import dev.gorewrite.imports.NamesUsed;
import dev.gorewrite.recipe.Recipe;
import java.util.List;

/** The engine's side of imports following the code: the fix, and its note on the recipe's row. */
final class Imports {
    private Imports() {}

    /**
     * The imports fixed after one recipe's edits; what changed is added to the detail of the
     * recipe's last applied edit in {@code edits} (`1 match; imports: +os -io/ioutil`), which the
     * status table and --json show.
     */
    static ImportFix follow(NamesUsed before, GoFile after, Recipe recipe, List<EditOutcome> edits) {
        ImportFix fix = ImportFixer.follow(before, after, recipe);
        if (fix instanceof ImportFix.Fixed fixed && !fixed.note().isEmpty()) {
            for (int i = edits.size() - 1; i >= 0; i--) {
                EditOutcome e = edits.get(i);
                if (e.recipeId().equals(recipe.id()) && e.status() == EditStatus.APPLIED) {
                    String detail = e.detail().isEmpty() ? fixed.note() : e.detail() + "; " + fixed.note();
                    edits.set(i, new EditOutcome(e.recipeId(), e.guide(), e.status(), e.line(), detail, e.matches()));
                    break;
                }
            }
        }
        return fix;
    }

    /**
     * The problem a refusal states: the imports package spells it `path:line: message` (it sits
     * below the engine and knows no {@link Problem}), taken apart here once.
     */
    static Problem problem(String path, ImportFix.Refused refused) {
        String text = refused.problem();
        String rest = text.startsWith(path + ":") ? text.substring(path.length() + 1) : " " + text;
        java.util.regex.Matcher placed = java.util.regex.Pattern.compile("(\\d+): (.*)", java.util.regex.Pattern.DOTALL)
                .matcher(rest);
        if (placed.matches()) {
            return new Problem(path, Integer.parseInt(placed.group(1)), 0, Problem.Kind.IMPORTS, placed.group(2));
        }
        return Problem.of(path, Problem.Kind.IMPORTS, rest.strip());
    }
}
