package dev.gorewrite.engine;

import dev.gorewrite.edit.Edit;
import dev.gorewrite.edit.Edits;
import dev.gorewrite.golang.GoToken;
import dev.gorewrite.pattern.CaptureText;
import dev.gorewrite.pattern.Match;
import dev.gorewrite.pattern.Where;
import dev.gorewrite.recipe.EditKind;
import dev.gorewrite.recipe.EditStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans a replacement: at its one match, or at every match. Matches inside other matches (`f(f(x))`)
 * are rewritten inside out: an enclosing match's bound code carries the rewritten inner code, and
 * an inner match that no bound code holds is replaced along with its enclosing one.
 */
final class ReplacePlanner {
    private final PlanContext ctx;

    ReplacePlanner(PlanContext ctx) {
        this.ctx = ctx;
    }

    PlannedEdit plan(EditStep step, EditKind.Replace r, Locator.Range range) {
        Locator at = ctx.at();
        List<Match> found = at.matches(r.from(), range, step.within(), step.where());
        if (found.isEmpty()) {
            List<Match> done = step.everyMatch() ? List.of() : at.matches(r.to(), range, step.within(), Where.NONE);
            return done.isEmpty() ? ctx.missing(step, r.from(), range)
                    : ctx.verdict(step, EditStatus.ALREADY_APPLIED, ctx.lineOf(done.get(0)), "");
        }
        if (found.size() > 1 && !step.everyMatch()) {
            return ctx.ambiguous(step, found);
        }
        List<Edit> edits = new ArrayList<>();
        int dropped = 0;
        for (Match m : outermost(found, new Locator.Range(0, at.text().length()))) {
            edits.add(replacement(r, m, found));
            dropped += droppedComments(r, m);
        }
        List<EditOutcome.Place> places = found.stream().map(m -> at.place(m.start())).toList();
        String detail = (step.everyMatch() ? found.size() + (found.size() == 1 ? " match" : " matches") : "")
                + (dropped > 0 ? (step.everyMatch() ? "; " : "") + "comments dropped: " + dropped : "");
        return ctx.applied(step, ctx.lineOf(found.get(0)), edits, detail, places);
    }

    private Edit replacement(EditKind.Replace r, Match m, List<Match> all) {
        Locator at = ctx.at();
        int start = m.start();
        if (!r.from().headComments().isEmpty()) {
            start = at.commentTextAbove(m.start()).orElse(start);
        }
        String indent = at.indentAt(m.start());
        return new Edit(start, m.end(), render(r, m, all, indent));
    }

    /** The `to` code for one match, its names standing for their code with the matches inside rewritten first. */
    private String render(EditKind.Replace r, Match m, List<Match> all, String indent) {
        Map<String, String> bindings = new HashMap<>();
        m.captures().forEach((name, c) -> bindings.put(name, captured(r, c, all)));
        return CodeRenderer.inline(r.to(), bindings, indent, ctx.newline());
    }

    private String captured(EditKind.Replace r, Match.Capture c, List<Match> all) {
        if (c.isEmpty()) {
            return "";
        }
        String text = ctx.at().text();
        List<Edit> inner = new ArrayList<>();
        for (Match m : outermost(all, new Locator.Range(c.start(), c.end()))) {
            String rendered = render(r, m, all, ctx.at().indentAt(m.start()));
            inner.add(new Edit(m.start() - c.start(), m.end() - c.start(), rendered));
        }
        String code = Edits.apply(text.substring(c.start(), c.end()), inner);
        return CaptureText.of(text, c.start(), code);
    }

    /** The matches within {@code range} that no other match within it encloses. */
    static List<Match> outermost(List<Match> matches, Locator.Range range) {
        List<Match> out = new ArrayList<>();
        int end = -1;
        for (Match m : matches) { // in document order, an enclosing match first
            if (m.start() < range.start() || m.end() > range.end() || m.start() < end) {
                continue;
            }
            out.add(m);
            end = m.end();
        }
        return out;
    }

    /** Comments inside the replaced code that no name the replacement uses carries over. */
    private int droppedComments(EditKind.Replace r, Match m) {
        List<GoToken> tokens = ctx.at().file().tokens();
        int count = 0;
        for (int i = GoToken.firstAtOrAfter(tokens, m.start()); i < tokens.size() && tokens.get(i).offset() < m.end(); i++) {
            if (tokens.get(i).isComment() && !carried(r, m, tokens.get(i).offset())) {
                count++;
            }
        }
        return count;
    }

    private static boolean carried(EditKind.Replace r, Match m, int offset) {
        for (Map.Entry<String, Match.Capture> e : m.captures().entrySet()) {
            Match.Capture c = e.getValue();
            if (r.to().metavariables().contains(e.getKey()) && c.start() <= offset && offset < c.end()) {
                return true;
            }
        }
        return false;
    }
}
