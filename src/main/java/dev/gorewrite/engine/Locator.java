package dev.gorewrite.engine;

import dev.gorewrite.edit.LineModel;
import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.GoToken;
import dev.gorewrite.golang.LineEnding;
import dev.gorewrite.pattern.CodeIndex;
import dev.gorewrite.pattern.Match;
import dev.gorewrite.pattern.Matcher;
import dev.gorewrite.pattern.Pattern;
import dev.gorewrite.pattern.SyntaxTree;
import dev.gorewrite.pattern.Where;
import dev.gorewrite.recipe.Anchor;
import dev.gorewrite.recipe.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds anchors in one file and turns offsets into lines. A comment anchor stands for its whole
 * comment block (a phase banner is three comment lines); a code anchor for the lines of the match
 * together with the comment block right above it. Places always cover whole lines.
 */
final class Locator {
    /** Whole lines [start, end) of an anchor; {@code line} is the 1-based line of the anchor itself. */
    record Place(int start, int end, int line, Optional<Match> match) {}

    /** Chars [start, end) an edit may touch. */
    record Range(int start, int end) {}

    private final GoFile file;
    private final SyntaxTree tree;
    private final String text;
    /** Built on first use: a second run that finds nothing to change never needs the lines. */
    private LineModel lines;
    private LineEnding lineEnding;
    /** The token view the drift messages use; built only when an edit drifts. */
    private CodeIndex code;

    Locator(GoFile file) {
        this(SyntaxTree.of(file));
    }

    /** Over a file whose tree was built as it was parsed ({@link SyntaxTree#parse}). */
    Locator(SyntaxTree tree) {
        this.file = tree.file();
        this.tree = tree;
        this.text = file.text();
    }

    GoFile file() {
        return file;
    }

    CodeIndex code() {
        if (code == null) {
            code = CodeIndex.of(file);
        }
        return code;
    }

    String text() {
        return text;
    }

    List<Place> find(Anchor anchor, Range range) {
        return find(anchor, range, Scope.WHOLE_FILE, Where.NONE);
    }

    /** Places of an anchor; a code anchor's matches limited by {@code scope}'s nesting and by {@code where}. */
    List<Place> find(Anchor anchor, Range range, Scope scope, Where where) {
        if (anchor instanceof Anchor.Comment comment) {
            return findComments(comment.text(), range);
        }
        return findCode((Anchor.Code) anchor, range, scope, where);
    }

    List<Match> matches(Pattern pattern, Range range) {
        return Matcher.findAll(tree, pattern, range.start(), range.end());
    }

    /**
     * The matches within {@code range} whose metavariables meet {@code where}, that lie inside a
     * match of the scope's `inside` pattern (if any) and inside no match of its `not-inside`.
     */
    List<Match> matches(Pattern pattern, Range range, Scope scope, Where where) {
        List<Match> found = Matcher.findAll(tree, pattern, range.start(), range.end(), where);
        if (scope.inside().isEmpty() && scope.notInside().isEmpty() || found.isEmpty()) {
            return found;
        }
        List<Match> in = matchesOfAny(scope.inside());
        List<Match> out = matchesOfAny(scope.notInside());
        List<Match> kept = new ArrayList<>();
        for (Match m : found) {
            if ((scope.inside().isEmpty() || enclosed(m, in)) && !enclosed(m, out)) {
                kept.add(m);
            }
        }
        return kept;
    }

    private List<Match> matchesOfAny(List<Pattern> patterns) {
        List<Match> all = new ArrayList<>();
        patterns.forEach(p -> all.addAll(Matcher.findAll(tree, p)));
        return all;
    }

    private static boolean enclosed(Match m, List<Match> around) {
        for (Match a : around) {
            if (a.start() <= m.start() && m.end() <= a.end()) {
                return true;
            }
        }
        return false;
    }

    /** Where a scope's anchors put an edit: a range, or why there is none. */
    sealed interface Resolution {
        record Found(Range range) implements Resolution {}

        /** An anchor was not found. */
        record Missing(String why) implements Resolution {}

        /** An anchor was found more than once: an error even for an optional edit, since the recipe cannot say which. */
        record Ambiguous(String why, int line) implements Resolution {}
    }

    Resolution resolve(Scope scope) {
        Range whole = new Range(0, text.length());
        int start = 0;
        int end = text.length();
        if (scope.from().isPresent()) {
            List<Place> from = find(scope.from().get(), whole);
            if (from.size() != 1) {
                return unresolved(scope.from().get(), from);
            }
            start = from.get(0).end();
        }
        if (scope.to().isPresent()) {
            List<Place> to = find(scope.to().get(), new Range(start, end));
            if (to.size() != 1) {
                return unresolved(scope.to().get(), to);
            }
            end = to.get(0).start();
        }
        return new Resolution.Found(new Range(start, end));
    }

    private static Resolution unresolved(Anchor anchor, List<Place> places) {
        if (places.isEmpty()) {
            return new Resolution.Missing("scope " + anchor + " not found");
        }
        return new Resolution.Ambiguous("scope " + foundTimes(anchor, places), places.get(0).line());
    }

    /** The line and byte column of the token at {@code offset}. */
    EditOutcome.Place place(int offset) {
        List<GoToken> tokens = file.tokens();
        int i = GoToken.firstAtOrAfter(tokens, offset);
        GoToken t = tokens.get(Math.min(i, tokens.size() - 1));
        return new EditOutcome.Place(t.line(), t.column());
    }

    private List<Place> findComments(String needle, Range range) {
        List<Place> places = new ArrayList<>();
        for (GoToken t : file.tokens()) {
            if (!t.isComment() || t.offset() < range.start() || t.end() > range.end() || !t.text().contains(needle)) {
                continue;
            }
            int line = lineOf(t.offset());
            Place place = isOwnLine(t)
                    ? new Place(commentBlockStart(line), commentBlockEnd(line), line, Optional.empty())
                    : new Place(lineStart(line), lineEnd(line), line, Optional.empty());
            if (places.isEmpty() || places.get(places.size() - 1).start() != place.start()) {
                places.add(place);
            }
        }
        return places;
    }

    private List<Place> findCode(Anchor.Code anchor, Range range, Scope scope, Where where) {
        List<Place> places = new ArrayList<>();
        for (Match m : matches(anchor.pattern(), range, scope, where)) {
            int line = lineOf(m.start());
            places.add(new Place(commentBlockAbove(m.start()), lineEnd(lineOf(m.end())), line, Optional.of(m)));
        }
        return places;
    }

    /** Start of the own-line comment block right above the line holding {@code offset}, or that line's start. */
    int commentBlockAbove(int offset) {
        int line = lineOf(offset);
        int start = lineStart(line);
        while (line > 1 && isCommentLine(line - 1)) {
            line--;
            start = lineStart(line);
        }
        return start;
    }

    /** Offset of the first comment char of the block right above {@code offset}'s line, if there is one. */
    Optional<Integer> commentTextAbove(int offset) {
        int start = commentBlockAbove(offset);
        if (start == lineStart(lineOf(offset))) {
            return Optional.empty();
        }
        return Optional.of(start + lines().indent(lineOf(start)).length());
    }

    private int commentBlockStart(int line) {
        while (line > 1 && isCommentLine(line - 1)) {
            line--;
        }
        return lineStart(line);
    }

    private int commentBlockEnd(int line) {
        while (line < lines().count() && isCommentLine(line + 1)) {
            line++;
        }
        return lineEnd(line);
    }

    /** Whether nothing but indentation comes before the token on its line. */
    private boolean isOwnLine(GoToken t) {
        int start = lineStart(lineOf(t.offset()));
        return t.offset() - start == lines().indent(lineOf(t.offset())).length();
    }

    boolean isCommentLine(int line) {
        return lines().isComment(line);
    }

    boolean isBlankLine(int line) {
        return lines().isBlank(line);
    }

    int lineOf(int offset) {
        return lines().lineOf(offset);
    }

    LineModel lines() {
        if (lines == null) {
            lines = LineModel.of(file);
        }
        return lines;
    }

    /** How the file's lines end, looked at once for all the recipes planned on this text. */
    LineEnding lineEnding() {
        if (lineEnding == null) {
            lineEnding = file.lineEnding();
        }
        return lineEnding;
    }

    /** The indentation of the line holding {@code offset}. */
    String indentAt(int offset) {
        return lines().indent(lines().lineOf(offset));
    }

    int lineStart(int line) {
        return lines().start(line);
    }

    /** Offset just after the line's newline (or the end of the text). */
    int lineEnd(int line) {
        return lines().end(line);
    }

    /** `ANCHOR found N times (lines a, b)`, for an anchor that should be found once. */
    static String foundTimes(Object anchor, List<Place> places) {
        return anchor + " found " + places.size() + " times (lines " + lines(places) + ")";
    }

    static String lines(List<Place> places) {
        return String.join(", ", places.stream().map(p -> String.valueOf(p.line())).toList());
    }
}
