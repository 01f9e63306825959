package dev.gorewrite.engine;

import dev.gorewrite.edit.Edit;
import dev.gorewrite.recipe.EditKind;
import dev.gorewrite.recipe.EditStep;
import java.util.List;
import java.util.Map;

/**
 * Plans an insertion before or after an anchor. The inserted code counts as already there when
 * its code is found on the anchor's side within the scope, so a half-migrated file that already
 * has its Phase 0 does not get a second one.
 */
final class InsertPlanner {
    private final PlanContext ctx;

    InsertPlanner(PlanContext ctx) {
        this.ctx = ctx;
    }

    PlannedEdit plan(EditStep step, EditKind.Insert insert, Locator.Range range) {
        Locator at = ctx.at();
        List<Locator.Place> anchors = at.find(insert.anchor(), range, step.within(), step.where());
        if (anchors.size() > 1) {
            return ctx.verdict(step, EditStatus.AMBIGUOUS, anchors.get(0).line(),
                    "anchor " + Locator.foundTimes(insert.anchor(), anchors));
        }
        if (anchors.isEmpty()) {
            EditStatus status = step.optional() ? EditStatus.NOT_APPLICABLE : EditStatus.DRIFTED;
            return ctx.verdict(step, status, 0, "anchor " + insert.anchor() + " not found");
        }
        Locator.Place anchor = anchors.get(0);
        boolean before = insert.placement() == EditKind.Insert.Placement.BEFORE;
        Locator.Range side = before ? new Locator.Range(range.start(), anchor.start())
                : new Locator.Range(anchor.end(), range.end());
        var present = at.matches(insert.code(), side);
        if (!present.isEmpty()) {
            return ctx.verdict(step, EditStatus.ALREADY_APPLIED, ctx.lineOf(present.get(0)), "");
        }
        String newline = ctx.newline();
        int anchorCodeLine = before ? at.lineOf(anchor.start()) : anchor.line();
        String indent = at.lines().indent(anchorCodeLine);
        String code = CodeRenderer.lines(insert.code(), Map.of(), indent, newline);
        String gap = insert.separate() ? newline : "";
        Edit edit = before ? Edit.insert(anchor.start(), code + gap) : Edit.insert(anchor.end(), gap + code);
        return ctx.applied(step, anchor.line(), List.of(edit));
    }
}
