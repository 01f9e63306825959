package dev.gorewrite.pattern;

import static dev.gorewrite.golang.antlr.GoLexer.*;

import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.GoToken;
import dev.gorewrite.golang.antlr.GoParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * A file's code tokens as patterns see them (no whitespace or comments, no optional semicolon
 * before `)` or `}`), with the spans of its expressions, types and names, which is what a
 * metavariable may stand for. Trailing commas before a closing bracket are optional too. Built once per file and shared by every pattern run on it.
 */
public final class CodeIndex {
    private final GoFile file;
    private final List<GoToken> tokens;
    /** For each code token, the exclusive ends of the expressions starting there, longest first. */
    private final int[][] spanEnds;

    private CodeIndex(GoFile file, List<GoToken> tokens, int[][] spanEnds) {
        this.file = file;
        this.tokens = tokens;
        this.spanEnds = spanEnds;
    }

    public static CodeIndex of(GoFile file) {
        List<GoToken> all = file.tokens();
        int[] codeIndexOf = new int[all.size() + 1];
        Arrays.fill(codeIndexOf, -1);
        List<GoToken> code = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            GoToken t = all.get(i);
            if (t.hidden() || isOptionalSeparator(t, all, i)) {
                continue;
            }
            codeIndexOf[i] = code.size();
            code.add(t);
        }
        SpanEnds ends = new SpanEnds(code.size());
        if (file.tree() != null) {
            collectSpans(file.tree(), codeIndexOf, all.size(), ends);
        }
        for (int i = 0; i < code.size(); i++) {
            if (code.get(i).type() == IDENTIFIER || isLiteral(code.get(i).type())) {
                ends.add(i, i + 1);
            }
        }
        int[][] spanEnds = ends.longestFirst();
        return new CodeIndex(file, List.copyOf(code), spanEnds);
    }

    private static void collectSpans(ParseTree node, int[] codeIndexOf, int tokenCount, SpanEnds ends) {
        if (!(node instanceof ParserRuleContext ctx) || ctx.getStart() == null || ctx.getStop() == null) {
            return;
        }
        if (isValueLike(ctx)) {
            int start = ctx.getStart().getTokenIndex();
            int stop = ctx.getStop().getTokenIndex();
            if (start >= 0 && stop < tokenCount && start <= stop) {
                int first = codeIndexOf[start];
                int last = lastCodeAtOrBefore(codeIndexOf, stop);
                if (first >= 0 && last >= first) {
                    ends.add(first, last + 1);
                }
            }
        }
        for (int i = 0; i < ctx.getChildCount(); i++) {
            collectSpans(ctx.getChild(i), codeIndexOf, tokenCount, ends);
        }
    }

    /**
     * The span ends found for each code token (a few at most), in plain int arrays: this runs for
     * every token of every file, twice per migrated file, so no boxing and no streams.
     */
    private static final class SpanEnds {
        private static final int[] NONE = {};
        private final int[][] ends;
        private final int[] counts;

        SpanEnds(int tokens) {
            ends = new int[tokens][];
            counts = new int[tokens];
        }

        void add(int token, int end) {
            int[] list = ends[token];
            if (list == null) {
                list = ends[token] = new int[2];
            } else if (counts[token] == list.length) {
                list = ends[token] = Arrays.copyOf(list, list.length * 2);
            }
            list[counts[token]++] = end;
        }

        /** Each token's distinct ends, longest span first. */
        int[][] longestFirst() {
            int[][] out = new int[ends.length][];
            for (int i = 0; i < ends.length; i++) {
                if (counts[i] == 0) {
                    out[i] = NONE;
                    continue;
                }
                int[] sorted = Arrays.copyOf(ends[i], counts[i]);
                Arrays.sort(sorted);
                int distinct = 0;
                int[] descending = new int[sorted.length];
                for (int k = sorted.length - 1; k >= 0; k--) {
                    if (distinct == 0 || descending[distinct - 1] != sorted[k]) {
                        descending[distinct++] = sorted[k];
                    }
                }
                out[i] = distinct == descending.length ? descending : Arrays.copyOf(descending, distinct);
            }
            return out;
        }
    }

    private static boolean isValueLike(ParserRuleContext ctx) {
        return ctx instanceof GoParser.ExpressionContext || ctx instanceof GoParser.ExpressionNoBraceContext
                || ctx instanceof GoParser.PrimaryExprContext || ctx instanceof GoParser.PrimaryExprNoBraceContext
                || ctx instanceof GoParser.Type_Context || ctx instanceof GoParser.LiteralValueContext;
    }

    private static int lastCodeAtOrBefore(int[] codeIndexOf, int tokenIndex) {
        for (int i = tokenIndex; i >= 0; i--) {
            if (codeIndexOf[i] >= 0) {
                return codeIndexOf[i];
            }
        }
        return -1;
    }

    /** A semicolon before `)` or `}` (or the empty one at the end), a comma before `)`, `]` or `}`. */
    private static boolean isOptionalSeparator(GoToken t, List<GoToken> all, int i) {
        if (t.isSemicolon() && t.text().isEmpty()) {
            return true;
        }
        if (!t.isSemicolon() && t.type() != COMMA) {
            return false;
        }
        for (int k = i + 1; k < all.size(); k++) {
            GoToken next = all.get(k);
            if (!next.hidden()) {
                return next.type() == R_PAREN || next.type() == R_CURLY || t.type() == COMMA && next.type() == R_BRACKET;
            }
        }
        return false;
    }

    private static boolean isLiteral(int type) {
        return type == INT_LIT || type == FLOAT_LIT || type == IMAGINARY_LIT || type == RUNE_LIT
                || type == STRING_LIT || type == RAW_STRING_LIT;
    }

    public GoFile file() {
        return file;
    }

    public List<GoToken> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public GoToken token(int i) {
        return tokens.get(i);
    }

    int[] spanEnds(int start) {
        return spanEnds[start];
    }

    /** The first code token at or after a char offset (size() if none). */
    public int firstAtOrAfter(int offset) {
        return GoToken.firstAtOrAfter(tokens, offset);
    }
}
