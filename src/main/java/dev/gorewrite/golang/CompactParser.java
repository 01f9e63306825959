package dev.gorewrite.golang;

import dev.gorewrite.golang.antlr.GoParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The generated parser, with each finished node's child list made as small as it can be: a node
 * ({@link CompactContext}) holds one child without an array, and a list of several becomes an
 * exact, read-only one when the node is finished (before, ANTLR's ArrayLists of ten slots were
 * the largest part of a parsed file's memory). A node is finished when its rule exits (or, in a
 * left-recursive rule, when a new level is pushed over it); nothing adds children to it after
 * that, so this is also where Go's extra syntax rules are checked on it, and where a finished
 * top-level declaration or literal element is handed to a {@link TreeSink} and cut loose.
 */
final class CompactParser extends GoParser {
    private final HeapGuard heap;
    /** Go's rules beyond the grammar, checked on each node as it is finished; null: not checked here. */
    private SyntaxChecks checks;
    /** Where finished declarations go; null: the whole tree is kept. */
    private TreeSink sink;
    /**
     * What the sink threw: a declaration left incomplete by a syntax error being thrown may break
     * it, and the pass is then void anyway; after a pass that succeeds it is a bug, thrown again.
     */
    private RuntimeException sinkFailure;

    CompactParser(TokenStream input, HeapGuard heap) {
        super(input);
        this.heap = heap;
    }

    void check(SyntaxChecks checks) {
        this.checks = checks;
    }

    void stream(TreeSink sink) {
        this.sink = sink;
        this.sinkFailure = null;
    }

    /** Throws what the sink threw during the pass that has just succeeded. */
    void sinkSucceeded() {
        if (sinkFailure != null) {
            throw sinkFailure;
        }
    }

    @Override
    public void exitRule() {
        ParserRuleContext done = _ctx;
        super.exitRule();
        finish(done);
        if (sink != null && (done.getRuleIndex() == RULE_topLevelDecl || done.getRuleIndex() == RULE_keyedElement)) {
            handOver(done);
        }
        heap.tick();
    }

    /** The checks that wait for a parent inside the subtree are settled first: it holds every parent they need. */
    private void handOver(ParserRuleContext subtree) {
        if (checks != null) {
            checks.settle(subtree.getStart().getTokenIndex());
        }
        try {
            sink.subtree(subtree);
        } catch (RuntimeException e) {
            sinkFailure = sinkFailure == null ? e : sinkFailure;
        }
        subtree.children = null;
    }

    @Override
    public void pushNewRecursionContext(ParserRuleContext localctx, int state, int ruleIndex) {
        ParserRuleContext done = _ctx;
        super.pushNewRecursionContext(localctx, state, ruleIndex);
        finish(done);
    }

    @Override
    public void unrollRecursionContexts(ParserRuleContext parent) {
        finish(_ctx);
        super.unrollRecursionContexts(parent);
    }

    private void finish(ParserRuleContext node) {
        compact(node);
        if (checks != null) {
            checks.finished(node);
        }
    }

    /** Read-only lists: one or two children need no array at all. */
    private static void compact(ParserRuleContext node) {
        List<ParseTree> children = node.children;
        if (!(children instanceof ArrayList)) {
            return; // none, or the one child CompactContext holds without an array
        }
        node.children = switch (children.size()) {
            case 0 -> List.of();
            case 1 -> Collections.singletonList(children.get(0));
            case 2 -> List.of(children.get(0), children.get(1));
            default -> List.copyOf(children);
        };
    }
}
