package dev.gorewrite.golang;

import java.util.ArrayList;
import java.util.Collections;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

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

    private java.util.List<ParseTree> growable() {
        if (!(children instanceof ArrayList)) {
            java.util.List<ParseTree> list = new ArrayList<>(Math.max(SECOND_CHILD_CAPACITY, children.size() + 1));
            list.addAll(children);
            children = list;
        }
        return children;
    }
}
