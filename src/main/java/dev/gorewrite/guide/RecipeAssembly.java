package dev.gorewrite.guide;

import java.util.ArrayList;
import java.util.List;

/** A section's planned steps numbered into one recipe, with the checks its validations give. */
record RecipeAssembly(RecipeDraft recipe, List<DraftedStep> steps, List<DraftedCheck> checks) {
    RecipeAssembly {
        steps = List.copyOf(steps);
        checks = List.copyOf(checks);
    }

    static RecipeAssembly of(RecipeDraft shell, List<Planned> planned, Guide guide, String guideName, String file) {
        List<RecipeDraft.Entry> entries = new ArrayList<>();
        List<DraftedStep> steps = new ArrayList<>();
        StringBuilder newCode = new StringBuilder();
        int index = 0;
        for (Planned p : planned) {
            p.entry().ifPresent(entries::add);
            p.entry().ifPresent(e -> newCode.append(newCode(e.edit())).append('\n'));
            steps.add(p.step(p.live() ? index++ : -1));
        }
        List<ValidationChecks.Drafted> drafted = ValidationChecks.of(guide, guideName, file, newCode.toString());
        RecipeDraft recipe = shell.withEdits(entries, drafted.stream().map(ValidationChecks.Drafted::entry).toList());
        return new RecipeAssembly(recipe, steps, drafted.stream().map(ValidationChecks.Drafted::check).toList());
    }

    /** The recipe into {@code recipes}, or, when it would do nothing the loader accepts, its steps into {@code manual}. */
    void add(String fileName, List<DraftedRecipe> recipes, List<DraftedStep> manual) {
        if (recipe.usable()) {
            recipes.add(new DraftedRecipe(fileName, recipe.yaml(), steps, checks));
        } else {
            manual.addAll(steps.stream().map(s -> new DraftedStep(s.guideLine(), s.heading(), s.kind(),
                    s.certainty() == Certainty.DRAFTED ? Certainty.NEEDS_REVIEW : s.certainty(), -1, s.note())).toList());
        }
    }

    private static String newCode(DraftEdit edit) {
        if (edit instanceof DraftEdit.Insert i) {
            return i.code();
        }
        return edit instanceof DraftEdit.Replace r ? r.to() : "";
    }
}
