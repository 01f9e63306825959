package dev.gorewrite.format;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.gorewrite.edit.Edit;
import dev.gorewrite.edit.Edits;
import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.GoToken;
import dev.gorewrite.golang.Utf8;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * Applies a recipe's edits and lays out what they touched as gofmt would: a file that was
 * gofmt-clean stays clean, and in a file that was not, only gofmt's changes on lines an edit
 * touched are kept, so the lines nobody touched keep their bytes. Without gofmt, or when gofmt
 * refuses the text, the edits are applied as they are.
 */
public final class Formatting {
    private static final Formatting DEFAULT = new Formatting(Gofmt.onPath());

    private static final Set<String> CLOSING = Set.of(")", "]", "}");

    private final Optional<Gofmt> gofmt;

    public Formatting(Optional<Gofmt> gofmt) {
        this.gofmt = gofmt;
    }

    /** With the gofmt on PATH, if any. */
    public static String apply(String before, List<Edit> edits) {
        return DEFAULT.format(before, edits);
    }

    /** {@link #apply} as work that may wait for gofmt: the caller can do other work meanwhile. */
    public static Pending<String> laying(String before, List<Edit> edits) {
        return DEFAULT.layout(before, edits);
    }

    public String format(String before, List<Edit> edits) {
        return layout(before, edits).await();
    }

    /** The edits applied and laid out: see the class comment. */
    public Pending<String> layout(String before, List<Edit> edits) {
        String after = Edits.apply(before, edits);
        if (gofmt.isEmpty() || edits.isEmpty() || !GoText.formattable(after)) {
            return Pending.ready(after);
        }
        return gofmt.get().settling(GoText.forGofmt(after)).then(laidOut -> laidOut.isEmpty()
                || laidOut.get().equals(after) ? Pending.ready(after) : keptOf(before, after, edits, laidOut.get()));
    }

    /**
     * {@code after} with those of gofmt's changes that touch an edited line (all of them when
     * the file was clean before); {@code after} itself when that would change the code.
     */
    private Pending<String> keptOf(String before, String after, List<Edit> edits, String laidOut) {
        GoText text = GoText.of(after);
        List<String> laidLines = GoText.split(laidOut);
        if (laidLines.equals(text.lines())) {
            return Pending.ready(after); // the same lines, with CRLF ends or a BOM that gofmt is not shown
        }
        List<AbstractDelta<String>> changes = DiffUtils.diff(text.lines(), laidLines).getDeltas();
        TouchedLines touched = TouchedLines.of(after, edits);
        List<AbstractDelta<String>> touching = changes.stream().filter(d -> touches(touched, d)).toList();
        Pending<Boolean> all = touching.size() < changes.size() ? wasClean(before) : Pending.ready(false);
        return all.map(clean -> laid(after, text, clean ? changes : touching));
    }

    private static String laid(String after, GoText text, List<AbstractDelta<String>> kept) {
        if (kept.isEmpty()) {
            return after;
        }
        String laid = text.with(kept);
        return sameCode(after, laid) ? laid : after;
    }

    /**
     * Layout only: the same code tokens in the same order (gofmt's automatic semicolons aside). A
     * part of gofmt's changes could in principle split what only the whole keeps together; then the
     * edits stand as written rather than a file that means something else.
     */
    private static boolean sameCode(String after, String laid) {
        return codeTokens(after).equals(codeTokens(laid));
    }

    /** Code tokens without semicolons, and without a comma right before a closing bracket (gofmt drops it when the bracket joins the line). */
    private static List<String> codeTokens(String text) {
        List<String> tokens = GoFile.lex("layout.go", Utf8.encode(text)).tokens().stream()
                .filter(t -> !t.hidden() && !t.isSemicolon()).map(GoToken::text).toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            boolean trailingComma = tokens.get(i).equals(",") && i + 1 < tokens.size() && CLOSING.contains(tokens.get(i + 1));
            if (!trailingComma) {
                out.add(tokens.get(i));
            }
        }
        return out;
    }

    /** A change of gofmt's touches an edited line; an insertion between two lines touches both. */
    private static boolean touches(TouchedLines touched, AbstractDelta<String> delta) {
        int from = delta.getSource().getPosition();
        int size = delta.getSource().size();
        return size == 0 ? touched.any(Math.max(0, from - 1), from) : touched.any(from, from + size - 1);
    }

    /** Asked only when gofmt wants to change an untouched line: then it matters whether the file was clean. */
    private Pending<Boolean> wasClean(String before) {
        if (!GoText.formattable(before)) {
            return Pending.ready(false);
        }
        return Pending.layout(gofmt.get(), GoText.forGofmt(before)).map(f -> f.map(laid -> laid.equals(before)
                || GoText.split(laid).equals(GoText.of(before).lines())).orElse(false));
    }
}
