package dev.gorewrite.engine;

import dev.gorewrite.recipe.EditKind;
import dev.gorewrite.recipe.EditStep;

/**
 * Decides, for one edit step and one file, whether it applies, is already applied, is not
 * needed, or cannot be done (ambiguous, drifted), and computes its text changes. All steps of a
 * recipe are planned against the same original text; each kind has a planner of its own.
 */
final class EditPlanner {
    private final PlanContext ctx;

    EditPlanner(Locator at, String path, String recipeId, String newline) {
        this.ctx = new PlanContext(at, path, recipeId, newline);
    }

    PlannedEdit plan(EditStep step) {
        Locator.Resolution resolved = ctx.at().resolve(step.within());
        if (resolved instanceof Locator.Resolution.Ambiguous a) {
            return ctx.verdict(step, EditStatus.AMBIGUOUS, a.line(), a.why());
        }
        if (resolved instanceof Locator.Resolution.Missing m) {
            boolean needed = !step.optional() && !step.everyMatch();
            return ctx.verdict(step, needed ? EditStatus.DRIFTED : EditStatus.NOT_APPLICABLE, 0, m.why());
        }
        Locator.Range range = ((Locator.Resolution.Found) resolved).range();
        return step.kind().accept(new EditKind.Cases<>() {
            @Override
            public PlannedEdit replace(EditKind.Replace r) {
                return new ReplacePlanner(ctx).plan(step, r, range);
            }

            @Override
            public PlannedEdit insert(EditKind.Insert i) {
                return new InsertPlanner(ctx).plan(step, i, range);
            }

            @Override
            public PlannedEdit delete(EditKind.Delete d) {
                return new DeletePlanner(ctx).plan(step, d, range);
            }

            @Override
            public PlannedEdit deleteSection(EditKind.DeleteSection s) {
                return new SectionPlanner(ctx).plan(step, s, range);
            }

            @Override
            public PlannedEdit deleteDeclaration(EditKind.DeleteDeclaration d) {
                return new DeclarationPlanner(ctx).plan(step, d);
            }
        });
    }
}
