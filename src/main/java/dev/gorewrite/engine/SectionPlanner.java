package dev.gorewrite.engine;

import dev.gorewrite.pattern.Match;
import dev.gorewrite.recipe.EditKind;
import dev.gorewrite.recipe.EditStep;
import java.util.List;

/** Plans the deletion of a section: from an anchor (a banner) through the first match of a pattern after it. */
final class SectionPlanner {
    private final PlanContext ctx;

    SectionPlanner(PlanContext ctx) {
        this.ctx = ctx;
    }

    PlannedEdit plan(EditStep step, EditKind.DeleteSection section, Locator.Range range) {
        Locator at = ctx.at();
        List<Locator.Place> starts = at.find(section.from(), range, step.within(), step.where());
        if (starts.size() > 1) {
            return ctx.verdict(step, EditStatus.AMBIGUOUS, starts.get(0).line(),
                    "section start " + Locator.foundTimes(section.from(), starts));
        }
        if (starts.isEmpty()) {
            List<Match> endOnly = at.matches(section.through(), range);
            if (endOnly.isEmpty()) {
                return ctx.verdict(step, EditStatus.ABSENT, 0, "section " + section.from() + " found nowhere");
            }
            return ctx.verdict(step, EditStatus.DRIFTED, ctx.lineOf(endOnly.get(0)), "section start "
                    + section.from() + " not found, but its end `" + PlanContext.firstLine(section.through())
                    + "` is at line " + ctx.lineOf(endOnly.get(0)));
        }
        Locator.Place start = starts.get(0);
        Locator.Range after = new Locator.Range(start.end(), range.end());
        List<Match> ends = at.matches(section.through(), after);
        if (ends.isEmpty()) {
            return ctx.missing(step, section.through(), after);
        }
        return ctx.applied(step, start.line(), List.of(ctx.deleteLines(start.start(), ends.get(0).end())));
    }
}
