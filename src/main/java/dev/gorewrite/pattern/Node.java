package dev.gorewrite.pattern;

import static dev.gorewrite.golang.antlr.GoLexer.*;

/**
 * One node of the tree patterns are matched on: ANTLR's parse tree with its chains of one child
 * collapsed (an expression that is only a name is that name), the separators of lists dropped and
 * the lists of statements, expressions and names spread into their parent, so that a list is the
 * run of children between its parent's brackets. A token is a node without children.
 */
final class Node {
    static final Node[] NO_CHILDREN = {};

    /** Rule index (the *NoBrace rules as their ordinary twins) for inner nodes, -1 for tokens. */
    final int kind;
    /** Token type for tokens, -1 for inner nodes. */
    final int type;
    /** A token's text; null for inner nodes. */
    final String text;
    /** Whether this stands for a whole construct (a rule collapsed to it), rather than a bare keyword or bracket of its parent. */
    final boolean element;
    /** First and last token (inclusive), as indexes into the file's tokens, hidden ones included. */
    final int first;
    final int last;
    final Node[] children;

    private Node(int kind, int type, String text, boolean element, int first, int last, Node[] children) {
        this.kind = kind;
        this.type = type;
        this.text = text;
        this.element = element;
        this.first = first;
        this.last = last;
        this.children = children;
    }

    static Node token(int type, String text, boolean element, int index) {
        return new Node(-1, type, text, element, index, index, NO_CHILDREN);
    }

    static Node inner(int kind, Node[] children) {
        return new Node(kind, -1, null, true, children[0].first, children[children.length - 1].last, children);
    }

    boolean isToken() {
        return kind < 0;
    }

    /** A `$NAME`, `$...NAME` or `...` of a pattern, which the compiler spells as a name starting with {@link Placeholders#MARK}. */
    boolean isPlaceholder() {
        return type == IDENTIFIER && text.charAt(0) == Placeholders.MARK;
    }

    /**
     * What a wildcard may take into its run: whole constructs and names, never a keyword or
     * bracket of the parent (a spread `...` of a call's last argument goes with it).
     */
    boolean absorbable() {
        return element || type == IDENTIFIER || type == ELLIPSIS;
    }

    @Override
    public String toString() {
        return isToken() ? text : "node" + kind + "[" + first + ".." + last + "]";
    }
}
