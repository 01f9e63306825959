package dev.gorewrite.engine;

import dev.gorewrite.edit.BlankLines;
import dev.gorewrite.edit.Edit;
import dev.gorewrite.pattern.Match;
import dev.gorewrite.pattern.Pattern;
import dev.gorewrite.pattern.TokenMatcher;
import dev.gorewrite.recipe.EditStep;
import java.util.List;

/**
 * What every planner needs to know about the file and recipe it plans for, and the verdicts it
 * hands back: one small value passed to each planner (they never call each other).
 */
record PlanContext(Locator at, String path, String recipeId, String newline) {
    PlannedEdit applied(EditStep step, int line, List<Edit> changes) {
        return applied(step, line, changes, "", List.of());
    }

    PlannedEdit applied(EditStep step, int line, List<Edit> changes, String detail, List<EditOutcome.Place> places) {
        return new PlannedEdit(new EditOutcome(recipeId, step.guide(), EditStatus.APPLIED, line, detail, places), changes);
    }

    PlannedEdit verdict(EditStep step, EditStatus status, int line, String detail) {
        return new PlannedEdit(new EditOutcome(recipeId, step.guide(), status, line, detail), List.of());
    }

    /** A pattern found nowhere: not needed for an optional or every-match edit, drifted (with the nearest candidate) otherwise. */
    PlannedEdit missing(EditStep step, Pattern pattern, Locator.Range range) {
        if (step.optional() || step.everyMatch()) {
            return verdict(step, EditStatus.NOT_APPLICABLE, 0, "no match");
        }
        String nearest = TokenMatcher.nearest(at.code(), pattern, at.code().firstAtOrAfter(range.start()),
                        at.code().firstAtOrAfter(range.end()))
                .map(n -> n.describe(path))
                .orElse("no candidate in the file");
        return verdict(step, EditStatus.DRIFTED, 0, "`" + firstLine(pattern) + "` not found; " + nearest);
    }

    PlannedEdit ambiguous(EditStep step, List<Match> found) {
        StringBuilder lines = new StringBuilder();
        for (Match m : found) {
            lines.append(lines.length() == 0 ? "" : ", ").append(lineOf(m));
        }
        return verdict(step, EditStatus.AMBIGUOUS, lineOf(found.get(0)), "matches " + found.size() + " places (lines "
                + lines + "); say `matches: all` to change every one");
    }

    /** Deletes whole lines from {@code start} through the line holding {@code lastOffset}, tidying blank lines. */
    Edit deleteLines(int start, int lastOffset) {
        int end = at.lineEnd(at.lineOf(Math.max(start, lastOffset - 1)));
        return BlankLines.widenDeletion(at.lines(), start, end);
    }

    int lineOf(Match m) {
        return at.lineOf(m.start());
    }

    int lineStartOf(int offset) {
        return at.lineStart(at.lineOf(offset));
    }

    /** The first line of a pattern's code, for messages. */
    static String firstLine(Pattern p) {
        List<String> code = p.source().strip().lines().map(String::strip).filter(l -> !l.startsWith("//")).toList();
        if (code.isEmpty()) {
            return p.toString();
        }
        return code.size() == 1 ? code.get(0) : code.get(0) + " …";
    }
}
