package dev.gorewrite.pattern;

import static dev.gorewrite.golang.antlr.GoParser.RULE_block;
import static dev.gorewrite.golang.antlr.GoParser.RULE_functionDecl;

import dev.gorewrite.golang.GoToken;
import dev.gorewrite.golang.antlr.GoLexer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a pattern in a file's {@link SyntaxTree}: a one-node pattern wherever a node of its kind
 * stands, a run of items inside the lists that hold such items. Children compare in order; a
 * wildcard takes a run of whole siblings of one parent (so it never leaves its list), shortest
 * first, and a metavariable one whole node. Where no metavariable is used twice, a position in a
 * list that failed once is not tried again, so matching stays polynomial (pattern items times
 * list length, per list); a budget of steps bounds what is left.
 */
public final class Matcher {
    /** Steps one search may take before the file is given up as too costly to match. */
    static final long BUDGET = 20_000_000L;

    /** What a name is bound to: children [from, to) of one parent; a wildcard's {@code run} takes its comments along. */
    private record Bound(Node[] siblings, int from, int to, boolean run) {
        int size() {
            return to - from;
        }
    }

    private final SyntaxTree tree;
    private final Pattern pattern;
    private final Where where;
    private final List<GoToken> tokens;
    private final Map<String, Bound> bound = new HashMap<>();
    private final List<String> trail = new ArrayList<>();
    private long steps;

    private Matcher(SyntaxTree tree, Pattern pattern, Where where) {
        this.tree = tree;
        this.pattern = pattern;
        this.where = where;
        this.tokens = tree.file().tokens();
    }

    /** Every match whose code lies within chars [from, to), in document order (an enclosing match before those inside it). */
    public static List<Match> findAll(SyntaxTree tree, Pattern pattern, int from, int to, Where where) {
        if (tree.root() == null || pattern.shape() == null) {
            return List.of();
        }
        Matcher m = new Matcher(tree, pattern, where);
        Map<Long, Match> found = new LinkedHashMap<>();
        Shape shape = pattern.shape();
        if (shape instanceof Shape.Single single) {
            single.alternatives().forEach(root -> m.findNodes(root, from, to, found));
        } else if (shape instanceof Shape.Run run) {
            m.findRuns(run, from, to, found);
        }
        List<Match> sorted = new ArrayList<>(found.values());
        sorted.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
        return sorted;
    }

    public static List<Match> findAll(SyntaxTree tree, Pattern pattern, int from, int to) {
        return findAll(tree, pattern, from, to, Where.NONE);
    }

    public static List<Match> findAll(SyntaxTree tree, Pattern pattern) {
        return findAll(tree, pattern, 0, Integer.MAX_VALUE);
    }

    /** Whether {@code node} as a whole is a match of a one-node pattern (for a `not` constraint). */
    private boolean isWhole(Pattern other, Node node) {
        if (!(other.shape() instanceof Shape.Single single)) {
            return false;
        }
        Matcher m = new Matcher(tree, other, Where.NONE);
        for (Node root : single.alternatives()) {
            m.reset();
            if (m.matchNode(root, node)) {
                return true;
            }
        }
        return false;
    }

    private boolean allowed(String name, Node f) {
        for (Where.Constraint c : where.on(name)) {
            boolean holds;
            if (c instanceof Where.Constraint.Kind k) {
                holds = k.kind().fits(f);
            } else if (c instanceof Where.Constraint.Regex r) {
                holds = r.regex().matcher(tree.file().text().substring(start(f), end(f))).find();
            } else {
                holds = !isWhole(((Where.Constraint.Not) c).pattern(), f);
            }
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private void findNodes(Node root, int from, int to, Map<Long, Match> found) {
        for (Node candidate : tree.candidates(root)) {
            if (start(candidate) < from || end(candidate) > to) {
                continue;
            }
            reset();
            if (matchNode(root, candidate)) {
                add(found, start(candidate), end(candidate));
            }
        }
    }

    private void findRuns(Shape.Run run, int from, int to, Map<Long, Match> found) {
        Node[] items = run.items().toArray(Node.NO_CHILDREN);
        boolean leadingWildcard = isWildcard(items[0]);
        boolean trailingWildcard = isWildcard(items[items.length - 1]);
        for (int kind : Lists.holding(run.kind())) {
            for (Node parent : tree.ofKind(kind)) {
                int[] region = Lists.region(parent);
                Memo memo = memo(items, region[1]);
                for (int s = region[0]; s < region[1]; s++) {
                    if (start(parent.children[s]) < from) {
                        continue;
                    }
                    reset();
                    int end = sequence(items, 0, parent.children, s, region[1], trailingWildcard, memo);
                    if (end > s && end(parent.children[end - 1]) <= to) {
                        add(found, start(parent.children[s]), end(parent.children[end - 1]));
                        s = end - 1;
                    }
                    if (leadingWildcard) {
                        break;
                    }
                }
            }
        }
    }

    private void add(Map<Long, Match> found, int start, int end) {
        found.putIfAbsent(((long) start << 32) | end, new Match(start, end, captures()));
    }

    private boolean matchNode(Node p, Node f) {
        step();
        if (p.isPlaceholder()) {
            return Placeholders.isWildcard(p.text) ? f.absorbable() : matchVariable(p.text, f);
        }
        if (p.isToken()) {
            return f.isToken() && f.type == p.type && f.text.equals(p.text);
        }
        if (f.isToken() || f.kind != p.kind) {
            return matchCollapsed(p, f);
        }
        int hi = f.children.length - (anyBody(p, f) ? 1 : 0);
        return sequence(p.children, 0, f.children, 0, hi, true, memo(p.children, hi)) >= 0;
    }

    /** A function pattern written without a body (`func $F(ctx context.Context) $...R`) matches whatever body the function has. */
    private static boolean anyBody(Node p, Node f) {
        return p.kind == RULE_functionDecl && p.children[p.children.length - 1].kind != RULE_block
                && f.children[f.children.length - 1].kind == RULE_block;
    }

    /**
     * A pattern node whose other children are all wildcards stands, when they match nothing, for
     * its one remaining child, as the file's node with only that child was collapsed to it: so
     * `func $F() $...R { … }` also matches a function without results.
     */
    private boolean matchCollapsed(Node p, Node f) {
        int only = -1;
        for (int i = 0; i < p.children.length; i++) {
            if (!isWildcard(p.children[i])) {
                if (only >= 0) {
                    return false;
                }
                only = i;
            }
        }
        if (only < 0) {
            return false;
        }
        int mark = trail.size();
        for (int i = 0; i < p.children.length; i++) {
            if (i != only && !Placeholders.isAnonymous(p.children[i].text)) {
                String name = Placeholders.nameOf(p.children[i].text);
                Bound earlier = bound.get(name);
                if (earlier != null && earlier.size() != 0) {
                    undo(mark);
                    return false;
                }
                bind(name, new Bound(new Node[] {f}, i < only ? 0 : 1, i < only ? 0 : 1, true));
            }
        }
        if (matchNode(p.children[only], f)) {
            return true;
        }
        undo(mark);
        return false;
    }

    private boolean matchVariable(String placeholder, Node f) {
        if (!f.absorbable() || f.type == GoLexer.ELLIPSIS) { // a spread `...` is no code of its own
            return false;
        }
        if (Placeholders.isAnonymous(placeholder)) {
            return true;
        }
        String name = Placeholders.nameOf(placeholder);
        Bound earlier = bound.get(name);
        if (earlier != null) {
            return earlier.size() == 1 && Trees.same(earlier.siblings()[earlier.from()], f);
        }
        if (!where.isEmpty() && !allowed(name, f)) {
            return false;
        }
        bind(name, new Bound(new Node[] {f}, 0, 1, false));
        return true;
    }

    /**
     * Matches pattern items [pi..] against siblings [fi, hi): the end of the siblings taken, or -1.
     * With {@code toEnd} the items must take every sibling up to {@code hi}.
     */
    private int sequence(Node[] ps, int pi, Node[] fs, int fi, int hi, boolean toEnd, Memo memo) {
        if (pi == ps.length) {
            return !toEnd || fi == hi ? fi : -1;
        }
        if (memo != null && memo.failed(pi, fi)) {
            return -1;
        }
        int mark = trail.size();
        int end;
        if (isWildcard(ps[pi])) {
            end = wildcard(ps, pi, fs, fi, hi, toEnd, memo);
        } else {
            end = fi < hi && matchNode(ps[pi], fs[fi]) ? sequence(ps, pi + 1, fs, fi + 1, hi, toEnd, memo) : -1;
        }
        if (end < 0) {
            undo(mark);
            if (memo != null) {
                memo.fail(pi, fi);
            }
        }
        return end;
    }

    private int wildcard(Node[] ps, int pi, Node[] fs, int fi, int hi, boolean toEnd, Memo memo) {
        String placeholder = ps[pi].text;
        String name = Placeholders.isAnonymous(placeholder) ? null : Placeholders.nameOf(placeholder);
        if (name == null && pi + 1 < ps.length && isWildcard(ps[pi + 1]) && Placeholders.isAnonymous(ps[pi + 1].text)) {
            return sequence(ps, pi + 1, fs, fi, hi, toEnd, memo); // `..., ...` is one `...`
        }
        Bound earlier = name == null ? null : bound.get(name);
        if (earlier != null) {
            int end = fi + earlier.size();
            return end <= hi && Trees.sameRun(earlier.siblings(), earlier.from(), fs, fi, earlier.size())
                    ? sequence(ps, pi + 1, fs, end, hi, toEnd, memo) : -1;
        }
        for (int end = fi; end <= hi; end++) {
            if (end > fi && !fs[end - 1].absorbable()) {
                return -1;
            }
            step();
            int mark = trail.size();
            if (name != null) {
                bind(name, new Bound(fs, fi, end, true));
            }
            int result = sequence(ps, pi + 1, fs, end, hi, toEnd, memo);
            if (result >= 0) {
                return result;
            }
            undo(mark);
        }
        return -1;
    }

    private static boolean isWildcard(Node p) {
        return p.isPlaceholder() && Placeholders.isWildcard(p.text);
    }

    /** Failed positions of a list with a wildcard in it; none where a name is used twice (a failure there depends on what is bound). */
    private Memo memo(Node[] ps, int siblings) {
        if (pattern.reusesNames()) {
            return null;
        }
        for (Node p : ps) {
            if (isWildcard(p)) {
                return new Memo(ps.length, siblings + 1);
            }
        }
        return null;
    }

    private void bind(String name, Bound value) {
        bound.put(name, value);
        trail.add(name);
    }

    private void undo(int mark) {
        while (trail.size() > mark) {
            bound.remove(trail.remove(trail.size() - 1));
        }
    }

    private void reset() {
        bound.clear();
        trail.clear();
    }

    private void step() {
        if (++steps > BUDGET) {
            throw new MatchTooCostly(pattern);
        }
    }

    /** The code each name stands for, as chars of the file. */
    private Map<String, Match.Capture> captures() {
        Map<String, Match.Capture> out = new HashMap<>();
        bound.forEach((name, b) -> out.put(name, capture(b)));
        return out;
    }

    private Match.Capture capture(Bound b) {
        if (b.size() == 0) {
            int at = b.from() < b.siblings().length ? start(b.siblings()[b.from()]) : end(b.siblings()[b.from() - 1]);
            return new Match.Capture(at, at);
        }
        Node first = b.siblings()[b.from()];
        Node last = b.siblings()[b.to() - 1];
        return b.run() ? Comments.around(tokens, first.first, last.last) : new Match.Capture(start(first), end(last));
    }

    private int start(Node n) {
        return tokens.get(n.first).offset();
    }

    private int end(Node n) {
        return tokens.get(n.last).end();
    }

    /** Failed (pattern item, sibling) positions of one list. */
    private static final class Memo {
        private final boolean[] failed;
        private final int width;

        Memo(int items, int width) {
            this.failed = new boolean[items * width];
            this.width = width;
        }

        boolean failed(int pi, int fi) {
            return failed[pi * width + fi];
        }

        void fail(int pi, int fi) {
            failed[pi * width + fi] = true;
        }
    }
}
