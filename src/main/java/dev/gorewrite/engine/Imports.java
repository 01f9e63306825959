package dev.gorewrite.engine;

import dev.gorewrite.golang.GoFile;
import dev.gorewrite.imports.ImportFix;
import dev.gorewrite.imports.ImportFixer;
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
    static ImportFix follow(GoFile before, GoFile after, Recipe recipe, List<EditOutcome> edits) {
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
}
