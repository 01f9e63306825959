package dev.gorewrite.engine;

import dev.gorewrite.edit.Edit;
import dev.gorewrite.pattern.Match;
import dev.gorewrite.recipe.EditKind;
import dev.gorewrite.recipe.EditStep;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans the deletion of the lines a pattern matches (with the comment block above them when the
 * pattern starts with a comment), at its one match or at every match. Code found nowhere is
 * `absent`: nothing to delete, and no claim about who deleted it.
 */
final class DeletePlanner {
    private final PlanContext ctx;

    DeletePlanner(PlanContext ctx) {
        this.ctx = ctx;
    }

    PlannedEdit plan(EditStep step, EditKind.Delete d, Locator.Range range) {
        List<Match> found = ctx.at().matches(d.code(), range, step.within(), step.where());
        if (found.size() > 1 && !step.everyMatch()) {
            return ctx.ambiguous(step, found);
        }
        if (found.isEmpty()) {
            return ctx.verdict(step, EditStatus.ABSENT, 0, "`" + PlanContext.firstLine(d.code()) + "` found nowhere");
        }
        List<Edit> edits = new ArrayList<>();
        int[] lines = null; // [start, end) chars of whole lines, merged while matches touch
        for (Match m : ReplacePlanner.outermost(found, new Locator.Range(0, ctx.at().text().length()))) {
            int start = d.code().headComments().isEmpty() ? ctx.lineStartOf(m.start()) : ctx.at().commentBlockAbove(m.start());
            int end = ctx.at().lineEnd(ctx.at().lineOf(Math.max(start, m.end() - 1)));
            if (lines != null && start <= lines[1]) {
                lines[1] = Math.max(lines[1], end);
                continue;
            }
            if (lines != null) {
                edits.add(ctx.deleteLines(lines[0], lines[1]));
            }
            lines = new int[] {start, end};
        }
        edits.add(ctx.deleteLines(lines[0], lines[1]));
        List<EditOutcome.Place> places = found.stream().map(m -> ctx.at().place(m.start())).toList();
        String detail = step.everyMatch() ? found.size() + (found.size() == 1 ? " match" : " matches") : "";
        return ctx.applied(step, ctx.lineOf(found.get(0)), edits, detail, places);
    }
}
