package dev.gorewrite.guide;

import dev.gorewrite.golang.GoToken;
import dev.gorewrite.golang.antlr.GoParser;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Where a fragment's lines (one argument line of a call) stand in ROOT's file, found by code
 * tokens, and the smallest construct around them: the statement, or, where that holds a block or
 * runs long, the call or literal. Drafted as that construct's own text with only the fragment's
 * lines swapped, an edit keeps the call's layout; the engine writes a `$F1(…)` template anew, on
 * one line. {@code lines} is the construct's text, each line after the first less the indentation
 * of the line it starts on (as the engine indents a template); {@code prefix} is what the
 * fragment's first line is indented beyond that.
 */
record FragmentSite(String what, String path, int line, int first, int last, List<String> lines, String prefix) {
    /** A construct longer than this is no longer "the code around a line". */
    private static final int LONG = 20;

    FragmentSite {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(prefix, "prefix");
        lines = List.copyOf(lines);
        if (first < line || last < first || last - line >= lines.size()) {
            throw new IllegalArgumentException("lines " + first + "-" + last + " are not inside " + what + " at line " + line);
        }
    }

    /** The site, or why there is none. */
    record Result(Optional<FragmentSite> site, String reason) {
        static Result none(String reason) {
            return new Result(Optional.empty(), reason);
        }
    }

    /** Where the whole lines whose code tokens are {@code fragment}'s stand in {@code file}, if at exactly one place. */
    static Result find(RootFile file, String fragment) {
        List<String> wanted = GoText.tokens(fragment).stream().filter(t -> !t.isSemicolon()).map(GoToken::text).toList();
        List<Integer> code = codeIndexes(file);
        List<Integer> found = occurrences(file, code, wanted);
        if (found.size() != 1) {
            return Result.none(found.isEmpty() ? "its lines are not found in " + file.path() + " as whole lines"
                    : "its lines are found " + found.size() + " times in " + file.path() + " (lines " + String.join(", ",
                    found.stream().map(i -> String.valueOf(file.tokens().get(code.get(i)).line())).toList()) + ")");
        }
        int at = found.get(0);
        return file.tree().map(tree -> around(file, tree, code.get(at), code.get(at + wanted.size() - 1)))
                .orElse(Result.none(file.path() + " does not parse"));
    }

    /** The positions in {@code code} where {@code wanted} stands on lines of its own. */
    private static List<Integer> occurrences(RootFile file, List<Integer> code, List<String> wanted) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; !wanted.isEmpty() && i + wanted.size() <= code.size(); i++) {
            if (tokensAt(file, code, i, wanted) && wholeLines(file, code, i, i + wanted.size() - 1)) {
                found.add(i);
            }
        }
        return found;
    }

    /** The construct's code as it stands in the file. */
    String asIs() {
        return String.join("\n", lines) + "\n";
    }

    /** The construct's code with the fragment's lines replaced by {@code code}'s, indented as the fragment's were. */
    String with(String code) {
        List<String> out = new ArrayList<>(lines.subList(0, first - line));
        code.strip().lines().forEach(l -> out.add(l.isBlank() ? "" : prefix + l));
        out.addAll(lines.subList(last - line + 1, lines.size()));
        return String.join("\n", out) + "\n";
    }

    /** "the statement at line 9 of a.go, with line 10 changed". */
    String describe() {
        return "the " + what + " at line " + line + " of " + path + ", with " + (first == last ? "line " + first : "lines " + first + "-" + last)
                + " changed";
    }

    /** Indexes into the file's tokens of the code tokens, semicolons left out (a guide's fragment ends where it likes). */
    private static List<Integer> codeIndexes(RootFile file) {
        List<Integer> out = new ArrayList<>();
        List<GoToken> tokens = file.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).hidden() && !tokens.get(i).isSemicolon()) {
                out.add(i);
            }
        }
        return out;
    }

    private static boolean tokensAt(RootFile file, List<Integer> code, int at, List<String> wanted) {
        for (int k = 0; k < wanted.size(); k++) {
            if (!file.tokens().get(code.get(at + k)).text().equals(wanted.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether no other code shares a line with the tokens from {@code from} through {@code to}. */
    private static boolean wholeLines(RootFile file, List<Integer> code, int from, int to) {
        List<GoToken> tokens = file.tokens();
        boolean startsLine = from == 0 || endLine(tokens.get(code.get(from - 1))) < tokens.get(code.get(from)).line();
        boolean endsLine = to + 1 == code.size() || tokens.get(code.get(to + 1)).line() > endLine(tokens.get(code.get(to)));
        return startsLine && endsLine;
    }

    private static int endLine(GoToken t) {
        return t.line() + (int) t.text().chars().filter(c -> c == '\n').count();
    }

    /**
     * The deepest statement around token indexes [first, last]; or, if that holds a block or is
     * long, the deepest call or literal inside it (which may hold a function literal's block).
     */
    private static Result around(RootFile file, ParserRuleContext tree, int first, int last) {
        ParserRuleContext statement = null;
        ParserRuleContext call = null;
        for (ParserRuleContext at = child(tree, first, last); at != null; at = child(at, first, last)) {
            if (statement(at)) {
                statement = at;
                call = null;
            } else if (call(at)) {
                call = at;
            }
        }
        if (statement != null && !longer(file, statement) && !holdsBlock(statement)) {
            return site(file, "statement", statement, first, last);
        }
        return call != null && !longer(file, call) ? site(file, "call", call, first, last)
                : Result.none("the statement around its lines " + (statement == null ? "is not found" : "holds a block or is long")
                + ", and no call or literal inside it holds them");
    }

    private static ParserRuleContext child(ParserRuleContext at, int first, int last) {
        for (ParseTree c : at.children == null ? List.<ParseTree>of() : at.children) {
            if (c instanceof ParserRuleContext r && r.getStop() != null && r.getStart().getTokenIndex() <= first
                    && r.getStop().getTokenIndex() >= last) {
                return r;
            }
        }
        return null;
    }

    private static boolean statement(ParserRuleContext at) {
        return at instanceof GoParser.StatementContext || at instanceof GoParser.SimpleStmtContext
                || at instanceof GoParser.SimpleStmtNoBraceContext || at instanceof GoParser.DeclarationContext
                || at instanceof GoParser.VarSpecContext || at instanceof GoParser.ConstSpecContext;
    }

    /** A call (`f(…)`) or composite literal (`T{…}`). */
    private static boolean call(ParserRuleContext at) {
        ParseTree end = at.getChildCount() == 0 ? null : at.getChild(at.getChildCount() - 1);
        return (at instanceof GoParser.PrimaryExprContext || at instanceof GoParser.PrimaryExprNoBraceContext)
                && (end instanceof GoParser.ArgumentsContext || end instanceof GoParser.LiteralValueContext);
    }

    /** Spans more than {@link #LONG} lines. */
    private static boolean longer(RootFile file, ParserRuleContext construct) {
        List<GoToken> tokens = file.tokens();
        return endLine(tokens.get(construct.getStop().getTokenIndex())) - tokens.get(construct.getStart().getTokenIndex()).line() >= LONG;
    }

    /** Holds a block: an `if`'s or `for`'s, a function literal's body (the call inside it is the smaller construct). */
    private static boolean holdsBlock(ParserRuleContext construct) {
        Deque<ParseTree> todo = new ArrayDeque<>(List.of(construct));
        while (!todo.isEmpty()) {
            ParseTree next = todo.pop();
            if (next instanceof GoParser.BlockContext) {
                return true;
            }
            for (int i = 0; i < next.getChildCount(); i++) {
                todo.push(next.getChild(i));
            }
        }
        return false;
    }

    /** The site of {@code construct}; none when its text could not be taken as a template as it is. */
    private static Result site(RootFile file, String what, ParserRuleContext construct, int first, int last) {
        List<GoToken> tokens = file.tokens();
        GoToken start = tokens.get(construct.getStart().getTokenIndex());
        String indent = indentation(file.line(start.line()));
        Optional<List<String>> lines = dedented(file.text().substring(start.offset(), tokens.get(construct.getStop().getTokenIndex()).end()), indent);
        if (lines.isEmpty() || spans(tokens, construct)) {
            return Result.none("the " + what + " around its lines " + (lines.isEmpty() ? "has a line indented less than its first"
                    : "holds text that spans lines (a raw string or a comment block)") + ": the engine would indent it anew");
        }
        int firstLine = tokens.get(first).line();
        String prefix = firstLine == start.line() ? "" : indentation(file.line(firstLine)).substring(indent.length());
        return new Result(Optional.of(new FragmentSite(what, file.path(), start.line(), firstLine, endLine(tokens.get(last)), lines.get(), prefix)), "");
    }

    /** The lines of {@code text} as the engine reads a template: each after the first less {@code indent}, the indentation of the line it starts on. */
    private static Optional<List<String>> dedented(String text, String indent) {
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\n", -1)) {
            String line = l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
            if (!lines.isEmpty() && !line.isBlank() && !line.startsWith(indent)) {
                return Optional.empty();
            }
            lines.add(lines.isEmpty() || line.isBlank() ? line.stripTrailing() : line.substring(indent.length()));
        }
        return Optional.of(lines);
    }

    /** Whether a token of {@code construct} other than layout runs over a line break. */
    private static boolean spans(List<GoToken> tokens, ParserRuleContext construct) {
        for (int i = construct.getStart().getTokenIndex(); i <= construct.getStop().getTokenIndex(); i++) {
            GoToken t = tokens.get(i);
            if (t.text().contains("\n") && (t.isComment() || t.text().startsWith("`"))) {
                return true;
            }
        }
        return false;
    }

    private static String indentation(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }
}
