package dev.gorewrite.golang;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The base of every generated parse-tree node (the grammar's {@code contextSuperClass}): a first
 * child is held without an array. ANTLR's own nodes start an ArrayList of ten slots at the first
 * child, and most nodes never get a second one (a chain such as expression, primary, operand over
 * one token): those lists were a quarter of all the memory a parse allocated.
 */
public class CompactContext extends ParserRuleContext {
    private static final int SECOND_CHILD_CAPACITY = 4;

    public CompactContext() {}

    public CompactContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        if (children == null) {
            children = Collections.singletonList(t);
            return t;
        }
        growable().add(t);
        return t;
    }

    @Override
    public void removeLastChild() {
        if (children != null) {
            growable();
        }
        super.removeLastChild();
    }

    private List<ParseTree> growable() {
        if (!(children instanceof ArrayList)) {
            List<ParseTree> list = new ArrayList<>(Math.max(SECOND_CHILD_CAPACITY, children.size() + 1));
            for (int i = 0; i < children.size(); i++) {
                list.add(children.get(i));
            }
            children = list;
        }
        return children;
    }

    /**
     * The typed accessors ({@code ctx.expression()}, {@code ctx.SEMI()}) by index rather than
     * with an iterator: the checks call them on every node, and an iterator per call was a
     * tenth of what a parse allocated.
     */
    @Override
    public <T extends ParseTree> T getChild(Class<? extends T> type, int i) {
        int seen = 0;
        for (int k = 0; children != null && k < children.size(); k++) {
            ParseTree child = children.get(k);
            if (type.isInstance(child) && seen++ == i) {
                return type.cast(child);
            }
        }
        return null;
    }

    @Override
    public TerminalNode getToken(int tokenType, int i) {
        int seen = 0;
        for (int k = 0; children != null && k < children.size(); k++) {
            if (children.get(k) instanceof TerminalNode t && t.getSymbol().getType() == tokenType && seen++ == i) {
                return t;
            }
        }
        return null;
    }
}
