package dev.gorewrite.pattern;

import static dev.gorewrite.golang.antlr.GoLexer.*;

import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.GoToken;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Go snippet compiled for matching on code tokens: whitespace and comments do not count,
 * {@code $NAME} stands for one expression, {@code ...} for any balanced run of tokens and
 * {@code $...NAME} for one that a replacement can use.
 * Comment lines before the first code token are the pattern's head comment: never required,
 * replaced when the file has a comment right above the matched code.
 */
public final class Pattern {
    private final String source;
    private final List<PatternElement> elements;
    private final List<String> headComments;
    private final Set<String> metavariables;
    private final List<int[]> metavariableSpans;
    private final Shape shape;
    private final boolean reusesNames;

    private Pattern(String source, List<PatternElement> elements, List<String> headComments,
            Set<String> metavariables, List<int[]> metavariableSpans, Shape shape, boolean reusesNames) {
        this.source = source;
        this.elements = elements;
        this.headComments = headComments;
        this.metavariables = metavariables;
        this.metavariableSpans = metavariableSpans;
        this.shape = shape;
        this.reusesNames = reusesNames;
    }

    /** A pattern to match: its code must read as Go of one syntactic kind (see {@link PatternSyntax}). */
    public static Pattern compile(String source) throws PatternException {
        return compile(source, true);
    }

    /** Code to write, not to match (a replacement after indentation): lexed, its names placed, never parsed. */
    public static Pattern template(String source) throws PatternException {
        return compile(source, false);
    }

    private static Pattern compile(String source, boolean toMatch) throws PatternException {
        // The snippet is lexed as a file body would be; the header makes semicolon insertion and
        // positions work as in a real file and is subtracted from every reported place.
        String header = "package p\n";
        GoFile lexed = GoFile.lex("pattern", (header + source).getBytes(StandardCharsets.UTF_8));
        List<GoToken> tokens = lexed.tokens();
        List<PatternElement> elements = new ArrayList<>();
        List<String> headComments = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        boolean reused = false;
        List<int[]> spans = new ArrayList<>();
        StringBuilder placeheld = new StringBuilder(source);
        int first = 3; // after `package`, ` `, `p`: the newline after `p` becomes a semicolon
        for (int i = first; i < tokens.size(); i++) {
            GoToken t = tokens.get(i);
            if (i == first && t.isSemicolon()) {
                continue;
            }
            if (t.isComment()) {
                if (elements.isEmpty()) {
                    headComments.add(t.text().stripTrailing());
                }
                continue;
            }
            if (t.hidden()) {
                continue;
            }
            if (t.type() == ILLEGAL && t.text().equals("$") && i + 1 < tokens.size()
                    && tokens.get(i + 1).type() == ELLIPSIS && tokens.get(i + 1).offset() == t.end()) {
                GoToken name = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
                if (name == null || name.type() != IDENTIFIER || name.offset() != tokens.get(i + 1).end()
                        || name.text().equals("_")) {
                    throw error("'$...' must be followed by a name, as in $...BODY (a plain ... binds nothing)", t);
                }
                String wildcard = "$..." + name.text();
                elements.add(new PatternElement.Wildcard(wildcard));
                reused |= !names.add(wildcard);
                spans.add(new int[] {t.offset() - header.length(), name.end() - header.length()});
                spell(placeheld, t.offset() - header.length(), Placeholders.namedWildcard(name.text()));
                i += 2;
                continue;
            }
            if (t.type() == ILLEGAL && t.text().equals("$")) {
                GoToken name = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                if (name == null || name.type() != IDENTIFIER) {
                    throw error("'$' must be followed by a name, as in $X", t);
                }
                String metavariable = "$" + name.text();
                elements.add(new PatternElement.Metavariable(metavariable));
                reused |= !names.add(metavariable) && !metavariable.equals("$_");
                spans.add(new int[] {t.offset() - header.length(), name.end() - header.length()});
                spell(placeheld, t.offset() - header.length(), Placeholders.metavariable(name.text()));
                i++;
                continue;
            }
            String broken = brokenToken(t);
            if (broken != null) {
                throw error(broken, t);
            }
            if (t.type() == ELLIPSIS && isWildcardPosition(tokens, i)) {
                elements.add(new PatternElement.Wildcard(null));
                spell(placeheld, t.offset() - header.length(), Placeholders.wildcard());
            } else {
                elements.add(new PatternElement.Literal(t.type(), t.text()));
            }
        }
        List<PatternElement> steps = normalize(elements);
        Shape shape = toMatch && !steps.isEmpty() ? shapeOf(placeheld.toString(), steps) : null;
        return new Pattern(source, Collections.unmodifiableList(steps), List.copyOf(headComments),
                Collections.unmodifiableSet(names), spans, shape, reused);
    }

    /** No shape for names and wildcards alone: such a pattern would match anything (see {@link #matchesAnything}). */
    private static Shape shapeOf(String placeheld, List<PatternElement> steps) throws PatternException {
        if (steps.stream().noneMatch(e -> e instanceof PatternElement.Literal)) {
            return null;
        }
        return PatternSyntax.shapeOf(placeheld);
    }

    /** Writes a placeholder over the chars of what it stands for (it has the same length). */
    private static void spell(StringBuilder text, int at, String placeholder) {
        text.replace(at, at + placeholder.length(), placeholder);
    }

    /** Semicolons before `)` or `}` and at either end, and commas before a closer, are optional in Go; dropped on both sides. */
    private static List<PatternElement> normalize(List<PatternElement> elements) {
        List<PatternElement> out = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            PatternElement e = elements.get(i);
            if (isSemicolon(e) && (out.isEmpty() || i + 1 == elements.size() || isCloser(elements.get(i + 1)))) {
                continue;
            }
            if (isComma(e) && i + 1 < elements.size() && (isCloser(elements.get(i + 1))
                    || elements.get(i + 1) instanceof PatternElement.Literal l && l.type() == R_BRACKET)) {
                continue;
            }
            out.add(e);
        }
        while (!out.isEmpty() && isSemicolon(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static boolean isSemicolon(PatternElement e) {
        return e instanceof PatternElement.Literal l && l.type() == SEMI;
    }

    private static boolean isComma(PatternElement e) {
        return e instanceof PatternElement.Literal l && l.type() == COMMA;
    }

    private static boolean isCloser(PatternElement e) {
        return e instanceof PatternElement.Literal l && (l.type() == R_PAREN || l.type() == R_CURLY);
    }

    /**
     * Go has its own `...` (variadic `f(xs...)`, arrays `[...]T`, `func(...int)`); it is Go's
     * after a name or closing bracket, or inside `[...]`, or before a type in parameters.
     */
    private static boolean isWildcardPosition(List<GoToken> tokens, int i) {
        GoToken before = previousCode(tokens, i);
        GoToken after = nextCode(tokens, i);
        if (before != null && (before.type() == IDENTIFIER || before.type() == R_PAREN || before.type() == R_BRACKET
                || before.type() == R_CURLY)) {
            return false;
        }
        if (before != null && before.type() == L_BRACKET && after != null && after.type() == R_BRACKET) {
            return false;
        }
        return true;
    }

    private static GoToken previousCode(List<GoToken> tokens, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!tokens.get(k).hidden()) {
                return tokens.get(k);
            }
        }
        return null;
    }

    private static GoToken nextCode(List<GoToken> tokens, int i) {
        for (int k = i + 1; k < tokens.size(); k++) {
            if (!tokens.get(k).hidden()) {
                return tokens.get(k);
            }
        }
        return null;
    }

    private static String brokenToken(GoToken t) {
        return switch (t.type()) {
            case ILLEGAL -> "unexpected character '" + t.text() + "'";
            case UNTERMINATED_STRING, UNTERMINATED_RAW -> "string literal not terminated";
            case UNTERMINATED_RUNE -> "rune literal not terminated";
            case UNTERMINATED_COMMENT -> "comment not terminated";
            default -> null;
        };
    }

    private static PatternException error(String message, GoToken at) {
        // The header is one line long; columns on the pattern's lines are unchanged.
        return new PatternException(message, at.line() - 1, at.column());
    }

    public String source() {
        return source;
    }

    public List<PatternElement> elements() {
        return elements;
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    Shape shape() {
        return shape;
    }

    /** Only metavariables and wildcards: as something to find, it would match anything. */
    public boolean matchesAnything() {
        return !elements.isEmpty() && shape == null;
    }

    /** Whether a metavariable or named wildcard occurs twice (its second match must equal its first). */
    boolean reusesNames() {
        return reusesNames;
    }

    public List<String> headComments() {
        return headComments;
    }

    public Set<String> metavariables() {
        return metavariables;
    }

    /**
     * The source with every metavariable replaced by its value (missing ones stay as written). A
     * value of several lines (from {@link Match#bindings}) gets the indentation of the line it
     * lands on.
     */
    public String substitute(Map<String, String> values) {
        StringBuilder out = new StringBuilder(source.length());
        int at = 0;
        for (int[] span : metavariableSpans) {
            String name = source.substring(span[0], span[1]);
            String value = values.get(name);
            int end = span[1];
            if (name.startsWith("$...") && "".equals(value) && aloneOnItsLine(span)) {
                // An empty run on a line of its own leaves no line behind.
                out.append(source, at, source.lastIndexOf('\n', span[0] - 1) + 1);
                int newline = source.indexOf('\n', span[1]);
                at = newline < 0 ? source.length() : newline + 1;
                continue;
            }
            if (name.startsWith("$...") && "".equals(value)) {
                int after = commaAfter(end);
                if (after > end) {
                    end = after;
                } else {
                    trimCommaBefore(out.append(source, at, span[0]));
                    at = span[0];
                }
            }
            String indent = CaptureText.leadingWhitespace(source, source.lastIndexOf('\n', span[0] - 1) + 1);
            out.append(source, at, span[0]);
            if (value != null && CaptureText.endsWithLineComment(value) && codeFollowsOnLine(end)) {
                at = trailingCommentToLineEnd(out, CaptureText.splitTrailingComment(value), indent, end);
                continue;
            }
            out.append(value == null ? name : CaptureText.indented(value, indent));
            at = end;
        }
        return out.append(source.substring(at)).toString();
    }

    /**
     * Bound code that ends in a `//` comment, with more code after it on the template's line: the
     * code goes in place and the comment to the end of that line (`f(b, // why` + `)` is
     * `f(b) // why`), where nothing follows it; where another name stands later on that line, the
     * comment becomes a block comment in place. Returns where copying the source resumes.
     */
    private int trailingCommentToLineEnd(StringBuilder out, String[] codeAndComment, String indent, int end) {
        int newline = source.indexOf('\n', end);
        int lineEnd = newline < 0 ? source.length() : newline;
        boolean namesLater = metavariableSpans.stream().anyMatch(span -> span[0] >= end && span[0] < lineEnd);
        if (namesLater) {
            String text = codeAndComment[1].substring(2).strip();
            String inline = text.contains("*/") ? codeAndComment[1] + "\n" + indent : "/* " + text + " */";
            out.append(CaptureText.indented(codeAndComment[0], indent)).append(' ').append(inline);
            return end;
        }
        out.append(CaptureText.indented(codeAndComment[0], indent)).append(source, end, lineEnd).append(' ')
                .append(codeAndComment[1]);
        return lineEnd;
    }

    private boolean aloneOnItsLine(int[] span) {
        int lineStart = source.lastIndexOf('\n', span[0] - 1) + 1;
        return source.substring(lineStart, span[0]).isBlank() && !codeFollowsOnLine(span[1]);
    }

    private boolean codeFollowsOnLine(int from) {
        int newline = source.indexOf('\n', from);
        return !source.substring(from, newline < 0 ? source.length() : newline).isBlank();
    }

    /** An empty run takes the comma that separated it from its neighbour along: the end of `, ` after {@code end}, or {@code end}. */
    private int commaAfter(int end) {
        int i = end;
        while (i < source.length() && source.charAt(i) == ' ') {
            i++;
        }
        if (i == source.length() || source.charAt(i) != ',') {
            return end;
        }
        i++;
        while (i < source.length() && source.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static void trimCommaBefore(StringBuilder out) {
        int i = out.length();
        while (i > 0 && out.charAt(i - 1) == ' ') {
            i--;
        }
        if (i > 0 && out.charAt(i - 1) == ',') {
            out.setLength(i - 1);
        }
    }

    @Override
    public String toString() {
        return source.strip();
    }
}
