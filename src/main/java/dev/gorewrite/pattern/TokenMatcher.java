package dev.gorewrite.pattern;

import static dev.gorewrite.golang.antlr.GoLexer.*;

import dev.gorewrite.golang.GoToken;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nearest candidate for a pattern that matched nowhere, for the `drifted` message: the
 * pattern's tokens are followed through the file's code tokens by backtracking (literals token
 * for token, a metavariable over the expressions starting at its position, a wildcard over
 * balanced runs), and the candidate that got furthest names the first token that differs. Only
 * run on a failure, so its cost never touches a successful migration.
 */
public final class TokenMatcher {
    private final CodeIndex code;
    private final List<PatternElement> steps;
    private final int limit;
    private final Map<String, int[]> bound = new HashMap<>();
    private int furthestStep;
    private int furthestToken;

    private TokenMatcher(CodeIndex code, Pattern pattern, int limit) {
        this.code = code;
        this.steps = pattern.elements();
        this.limit = limit;
    }

    /**
     * The candidate that got furthest through the pattern, also trying starts that skip the
     * pattern's first few steps (a renamed variable on the left of `:=` should not hide the call).
     */
    public static Optional<NearMiss> nearest(CodeIndex code, Pattern pattern, int from, int to) {
        NearMiss best = null;
        int bestScore = 0;
        for (int skip = 0; skip < Math.min(3, pattern.elements().size()); skip++) {
            if (!(pattern.elements().get(skip) instanceof PatternElement.Literal)) {
                continue;
            }
            TokenMatcher m = new TokenMatcher(code, pattern, Math.min(to, code.size()));
            for (int start = Math.max(0, from); start < m.limit; start++) {
                m.furthestStep = skip;
                m.furthestToken = start;
                m.bound.clear();
                if (start < skip) {
                    continue;
                }
                m.match(skip, start);
                int score = m.furthestStep - skip - skip;
                if (score > bestScore) {
                    bestScore = score;
                    best = m.furthestStep < m.steps.size() ? m.nearMiss(start - skip, m.furthestStep, m.furthestToken)
                            : m.nearMiss(start - skip, skip - 1, start - 1);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A candidate starting at token {@code start} whose step {@code step} differs from token {@code token}. */
    private NearMiss nearMiss(int start, int step, int token) {
        GoToken first = code.token(start);
        GoToken at = token < code.size() ? code.token(token) : code.token(code.size() - 1);
        String found = token < limit ? describe(at) : "end of scope";
        return new NearMiss(first.line(), first.column(), step, at.line(), at.column(), steps.get(step).toString(), found);
    }

    private static String describe(GoToken t) {
        if (t.isImplicitSemicolon()) {
            return "newline";
        }
        return "'" + t.text() + "'";
    }

    private boolean match(int step, int token) {
        if (step > furthestStep || step == furthestStep && token > furthestToken) {
            furthestStep = step;
            furthestToken = token;
        }
        if (step == steps.size()) {
            return true;
        }
        PatternElement element = steps.get(step);
        if (element instanceof PatternElement.Literal literal) {
            return token < limit && literal.matches(code.token(token).type(), code.token(token).text())
                    && match(step + 1, token + 1);
        }
        if (element instanceof PatternElement.Metavariable variable) {
            return matchMetavariable(variable, step, token);
        }
        return matchWildcard((PatternElement.Wildcard) element, step, token);
    }

    private boolean matchMetavariable(PatternElement.Metavariable variable, int step, int token) {
        if (token >= limit) {
            return false;
        }
        int[] earlier = variable.anonymous() ? null : bound.get(variable.name());
        for (int end : code.spanEnds(token)) {
            if (end > limit) {
                continue;
            }
            if (earlier != null) {
                if (sameCode(earlier[0], earlier[1], token, end) && match(step + 1, end)) {
                    return true;
                }
                continue;
            }
            if (!variable.anonymous()) {
                bound.put(variable.name(), new int[] {token, end});
            }
            if (match(step + 1, end)) {
                return true;
            }
            bound.remove(variable.name());
        }
        return false;
    }

    private boolean matchWildcard(PatternElement.Wildcard wildcard, int step, int token) {
        String name = wildcard.name();
        int[] earlier = name == null ? null : bound.get(name);
        if (earlier != null) {
            int end = token + earlier[1] - earlier[0];
            return end <= limit && sameCode(earlier[0], earlier[1], token, end) && match(step + 1, end);
        }
        int depth = 0;
        for (int end = token; end <= limit; end++) {
            if (depth == 0) {
                if (name != null) {
                    bound.put(name, new int[] {token, end});
                }
                if (match(step + 1, end)) {
                    return true;
                }
                if (name != null) {
                    bound.remove(name);
                }
            }
            if (end == limit) {
                return false;
            }
            int type = code.token(end).type();
            if (type == L_PAREN || type == L_BRACKET || type == L_CURLY) {
                depth++;
            } else if (type == R_PAREN || type == R_BRACKET || type == R_CURLY) {
                if (depth == 0) {
                    return false;
                }
                depth--;
            }
        }
        return false;
    }

    private boolean sameCode(int aStart, int aEnd, int bStart, int bEnd) {
        if (aEnd - aStart != bEnd - bStart) {
            return false;
        }
        for (int i = 0; i < aEnd - aStart; i++) {
            GoToken a = code.token(aStart + i);
            GoToken b = code.token(bStart + i);
            if (a.type() != b.type() || a.type() != SEMI && !a.text().equals(b.text())) {
                return false;
            }
        }
        return true;
    }
}
