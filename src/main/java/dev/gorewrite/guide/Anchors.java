package dev.gorewrite.guide;

import dev.gorewrite.golang.GoToken;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an ADD goes: from the label ("ADD BEFORE Phase 3"), the location ("Before Phase 1
 * comment", "after `x := f()`") or, for a line number, the code at that line of ROOT's file.
 * With ROOT, a comment the guide names is looked up there and written as the file spells it.
 */
final class Anchors {
    /** An anchor, whether the code goes before it, and how it was chosen (for the note). */
    record Chosen(DraftAnchor anchor, boolean before, String why) {}

    private static final Pattern PLACE = Pattern.compile("(?i)^(before|after)\\s+(?:the\\s+)?(.+?)$");
    private static final Pattern IN_TEXT = Pattern.compile("(?i)\\((before|after)\\s+(.+?)\\)");

    private Anchors() {
    }

    /** The anchor for {@code step}'s ADD, or why there is none. */
    static Result choose(Step.Change step, Label label, Optional<RootFile> root) {
        Matcher byLabel = place(label.detail());
        if (byLabel.matches()) {
            return named(byLabel.group(1), byLabel.group(2), root, "the label says " + label.describe());
        }
        Location location = step.location();
        if (location instanceof Location.BeforeComment c) {
            return named("before", c.comment() + " comment", root, "the location says " + c.text());
        }
        if (location instanceof Location.Lines lines) {
            return fromLines(lines, root);
        }
        if (location instanceof Location.FreeText free && place(free.text()).matches()) {
            Matcher m = place(free.text());
            return named(m.group(1), m.group(2), root, "the location says " + free.text());
        }
        return Result.none("no anchor: the location " + location.describe() + " names no place");
    }

    /** "before X", "after X", "(before X)": matched, or not. */
    private static Matcher place(String text) {
        String t = text.strip();
        Matcher m = PLACE.matcher(t.startsWith("(") && t.endsWith(")") ? t.substring(1, t.length() - 1).strip() : t);
        m.matches();
        return m;
    }

    /** An anchor or the reason there is none. */
    record Result(Optional<Chosen> chosen, String reason) {
        static Result none(String reason) {
            return new Result(Optional.empty(), reason);
        }

        static Result of(DraftAnchor anchor, boolean before, String why) {
            return new Result(Optional.of(new Chosen(anchor, before, why)), "");
        }
    }

    private static Result fromLines(Location.Lines lines, Optional<RootFile> root) {
        Matcher inText = IN_TEXT.matcher(lines.text());
        if (inText.find()) {
            return named(inText.group(1), inText.group(2), root, "the location says " + lines.text());
        }
        if (root.isEmpty()) {
            return Result.none("the location is a line number (" + lines.describe() + "): give ROOT to take the anchor from the code there");
        }
        return atLine(root.get(), lines.from());
    }

    /** "before Phase 1 comment", "after `x := f()`": a comment (looked up in ROOT) or code. */
    private static Result named(String side, String what, Optional<RootFile> root, String why) {
        boolean before = side.equalsIgnoreCase("before");
        String text = what.replaceAll("(?i)\\s+comment$", "").replace("`", "").strip();
        boolean code = text.contains("(") || text.contains(":=") || text.contains(".");
        if (code && !what.toLowerCase(Locale.ROOT).endsWith("comment")) {
            return Result.of(new DraftAnchor.Code(text), before, why);
        }
        if (root.isEmpty()) {
            return Result.of(new DraftAnchor.Comment(text), before, why + "; not checked against the file (no ROOT): the comment may be spelled otherwise there");
        }
        return root.get().commentAnchor(text).map(c -> Result.of(new DraftAnchor.Comment(c), before,
                why + "; the file's comment \"" + c + "\""))
                .orElse(Result.none(why + ", but no single comment of " + root.get().path() + " contains \"" + text + "\""));
    }

    /** The comment block or statement at (or right after) line {@code number} of ROOT's file. */
    private static Result atLine(RootFile file, int number) {
        for (int n = number; n <= Math.min(file.lineCount(), number + 3); n++) {
            String line = file.line(n).strip();
            if (line.isEmpty()) {
                continue;
            }
            String why = "line " + n + " of " + file.path() + (n == number ? "" : " (the guide says line " + number + ")");
            if (GoText.comment(line)) {
                return file.commentBlockAnchor(n).map(c -> Result.of(new DraftAnchor.Comment(c), true, why + ": the comment \"" + c + "\""))
                        .orElse(Result.none(why + " is a comment that is not unique in the file"));
            }
            String statement = statementAt(file, n);
            return balanced(statement) ? Result.of(new DraftAnchor.Code(statement), true, why + ": `" + line + "`")
                    : Result.none(why + " is not the start of a statement: `" + line + "`");
        }
        return Result.none("no code at line " + number + " of " + file.path());
    }

    /** Line {@code n} and the lines after it until its brackets close (a call written over lines). */
    private static String statementAt(RootFile file, int n) {
        StringBuilder text = new StringBuilder(file.line(n).strip());
        for (int next = n + 1; next <= file.lineCount() && depth(text.toString()) > 0; next++) {
            text.append('\n').append(file.line(next));
        }
        return GoText.dedent(text.toString()).strip();
    }

    private static int depth(String code) {
        return GoText.tokens(code).stream().mapToInt(t -> GoText.depth(t.text())).sum();
    }

    private static boolean balanced(String line) {
        int depth = 0;
        for (GoToken t : GoText.tokens(line)) {
            depth += GoText.depth(t.text());
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0 && !line.endsWith(",");
    }
}
