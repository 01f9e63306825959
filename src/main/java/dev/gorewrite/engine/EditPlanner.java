package dev.gorewrite.engine;

import dev.gorewrite.edit.BlankLines;
import dev.gorewrite.edit.Edit;
import dev.gorewrite.edit.Indentation;
import dev.gorewrite.pattern.Match;
import dev.gorewrite.pattern.TokenMatcher;
import dev.gorewrite.pattern.Pattern;
import dev.gorewrite.recipe.EditKind;
import dev.gorewrite.recipe.EditStep;
import java.util.List;
import java.util.Optional;

/**
 * Decides, for one edit step and one file, whether it applies, is already applied, is not
 * needed, or cannot be done (ambiguous, drifted), and computes its text changes. All steps of a
 * recipe are planned against the same original text.
 */
final class EditPlanner {
    private final Locator at;
    private final String path;
    private final String recipeId;
    private final String newline;

    EditPlanner(Locator at, String path, String recipeId, String newline) {
        this.at = at;
        this.path = path;
        this.recipeId = recipeId;
        this.newline = newline;
    }

    PlannedEdit plan(EditStep step) {
        StringBuilder problem = new StringBuilder();
        Optional<Locator.Range> range = at.resolve(step.within(), problem);
        if (range.isEmpty()) {
            return verdict(step, step.optional() ? EditStatus.NOT_APPLICABLE : EditStatus.DRIFTED, 0, problem.toString());
        }
        EditKind kind = step.kind();
        if (kind instanceof EditKind.Replace r) {
            return replace(step, r, range.get());
        } else if (kind instanceof EditKind.Insert i) {
            return new InsertPlanner(this).plan(step, i, range.get());
        } else if (kind instanceof EditKind.Delete d) {
            return delete(step, d, range.get());
        } else if (kind instanceof EditKind.DeleteSection s) {
            return new SectionPlanner(this).plan(step, s, range.get());
        }
        return new DeclarationPlanner(this).plan(step, (EditKind.DeleteDeclaration) kind);
    }

    private PlannedEdit replace(EditStep step, EditKind.Replace r, Locator.Range range) {
        List<Match> found = at.matches(r.from(), range);
        if (found.size() > 1) {
            return ambiguous(step, found);
        }
        if (found.isEmpty()) {
            if (!at.matches(r.to(), range).isEmpty()) {
                return verdict(step, EditStatus.ALREADY_APPLIED, lineOf(at.matches(r.to(), range).get(0)), "");
            }
            return missing(step, r.from(), range);
        }
        Match m = found.get(0);
        int start = m.start();
        if (!r.from().headComments().isEmpty()) {
            start = at.commentTextAbove(m.start()).orElse(start);
        }
        String indent = Indentation.indentOfLine(at.text(), m.start());
        String replacement = CodeRenderer.inline(r.to(), m.bindings(at.text()), indent, newline);
        return applied(step, lineOf(m), List.of(new Edit(start, m.end(), replacement)));
    }

    private PlannedEdit delete(EditStep step, EditKind.Delete d, Locator.Range range) {
        List<Match> found = at.matches(d.code(), range);
        if (found.size() > 1) {
            return ambiguous(step, found);
        }
        if (found.isEmpty()) {
            return verdict(step, EditStatus.ALREADY_APPLIED, 0, "not present");
        }
        Match m = found.get(0);
        int start = d.code().headComments().isEmpty() ? lineStartOf(m.start()) : at.commentBlockAbove(m.start());
        return applied(step, lineOf(m), List.of(deleteLines(start, m.end())));
    }

    /** Deletes whole lines from {@code start} through the line holding {@code lastOffset}, tidying blank lines. */
    Edit deleteLines(int start, int lastOffset) {
        int end = at.lineEnd(at.lineOf(Math.max(start, lastOffset - 1)));
        return BlankLines.widenDeletion(at.text(), start, end);
    }

    PlannedEdit missing(EditStep step, Pattern pattern, Locator.Range range) {
        if (step.optional()) {
            return verdict(step, EditStatus.NOT_APPLICABLE, 0, "not present");
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
                + lines + ")");
    }

    PlannedEdit applied(EditStep step, int line, List<Edit> changes) {
        return new PlannedEdit(new EditOutcome(recipeId, step.guide(), EditStatus.APPLIED, line, ""), changes);
    }

    PlannedEdit verdict(EditStep step, EditStatus status, int line, String detail) {
        return new PlannedEdit(new EditOutcome(recipeId, step.guide(), status, line, detail), List.of());
    }

    Locator locator() {
        return at;
    }

    String newline() {
        return newline;
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
