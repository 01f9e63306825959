package dev.gorewrite.engine;

import dev.gorewrite.pattern.Match;
import dev.gorewrite.recipe.EditKind;
import dev.gorewrite.recipe.EditStep;
import java.util.List;

/** Plans the deletion of a section: from an anchor (a banner) through the first match of a pattern after it. */
final class SectionPlanner {
    private final EditPlanner planner;

    SectionPlanner(EditPlanner planner) {
        this.planner = planner;
    }

    PlannedEdit plan(EditStep step, EditKind.DeleteSection section, Locator.Range range) {
        Locator at = planner.locator();
        List<Locator.Place> starts = at.find(section.from(), range);
        if (starts.size() > 1) {
            return planner.verdict(step, EditStatus.AMBIGUOUS, starts.get(0).line(),
                    "section start " + Locator.foundTimes(section.from(), starts));
        }
        if (starts.isEmpty()) {
            List<Match> endOnly = at.matches(section.through(), range);
            if (endOnly.isEmpty()) {
                return planner.verdict(step, EditStatus.ALREADY_APPLIED, 0, "section not present");
            }
            return planner.verdict(step, EditStatus.DRIFTED, planner.lineOf(endOnly.get(0)), "section start "
                    + section.from() + " not found, but its end `" + EditPlanner.firstLine(section.through())
                    + "` is at line " + planner.lineOf(endOnly.get(0)));
        }
        Locator.Place start = starts.get(0);
        Locator.Range after = new Locator.Range(start.end(), range.end());
        List<Match> ends = at.matches(section.through(), after);
        if (ends.isEmpty()) {
            return planner.missing(step, section.through(), after);
        }
        return planner.applied(step, start.line(), List.of(planner.deleteLines(start.start(), ends.get(0).end())));
    }
}
