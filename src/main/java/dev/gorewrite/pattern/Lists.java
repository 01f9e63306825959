package dev.gorewrite.pattern;

import static dev.gorewrite.golang.antlr.GoParser.*;

import dev.gorewrite.golang.antlr.GoLexer;

/** Where a run of items is looked for: which nodes hold such a list, and which of their children are its items. */
final class Lists {
    private static final int[] STATEMENTS = {RULE_block, RULE_caseClause, RULE_commClause};
    private static final int[] DECLARATIONS = {RULE_sourceFile};
    private static final int[] ELEMENTS = {RULE_literalValue, RULE_arguments};
    private static final int[] FIELDS = {RULE_structType, RULE_interfaceType};

    private Lists() {}

    static int[] holding(Shape.Items items) {
        return switch (items) {
            case STATEMENTS -> STATEMENTS;
            case DECLARATIONS -> DECLARATIONS;
            case ELEMENTS -> ELEMENTS;
            case FIELDS -> FIELDS;
        };
    }

    /**
     * Children [from, to) of {@code parent} that are its list's items: inside the braces or
     * parentheses, after the `:` of a case, after the package clause of a file.
     */
    static int[] region(Node parent) {
        Node[] c = parent.children;
        return switch (parent.kind) {
            case RULE_block, RULE_literalValue, RULE_arguments -> new int[] {1, c.length - 1};
            case RULE_structType, RULE_interfaceType -> new int[] {2, c.length - 1};
            case RULE_caseClause, RULE_commClause -> new int[] {afterColon(c), c.length};
            case RULE_sourceFile -> new int[] {1, c.length};
            default -> new int[] {0, 0};
        };
    }

    private static int afterColon(Node[] children) {
        for (int i = 0; i < children.length; i++) {
            if (children[i].isToken() && children[i].type == GoLexer.COLON
                    && !children[i].element) {
                return i + 1;
            }
        }
        return children.length;
    }
}
