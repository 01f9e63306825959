package dev.gorewrite.pattern;

import static dev.gorewrite.golang.antlr.GoParser.RULE_arguments;
import static dev.gorewrite.golang.antlr.GoParser.RULE_expression;
import static dev.gorewrite.golang.antlr.GoParser.RULE_index;
import static dev.gorewrite.golang.antlr.GoParser.RULE_literalValue;
import static dev.gorewrite.golang.antlr.GoParser.RULE_operand;
import static dev.gorewrite.golang.antlr.GoParser.RULE_primaryExpr;
import static dev.gorewrite.golang.antlr.GoParser.RULE_selector;

import dev.gorewrite.golang.antlr.GoLexer;
import java.util.Locale;
import java.util.Optional;

/** The kinds of code a `where: {$X: {kind: …}}` constraint can ask for. */
public enum NodeKind {
    IDENTIFIER, CALL, SELECTOR, INDEX, LITERAL, STRING, COMPOSITE, FUNC_LITERAL, UNARY, BINARY;

    /** The spelling in a recipe: lowercase, `-` for `_`. */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<NodeKind> parse(String spelling) {
        for (NodeKind k : values()) {
            if (k.spelling().equals(spelling)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    boolean fits(Node n) {
        return switch (this) {
            case IDENTIFIER -> n.isToken() && n.type == GoLexer.IDENTIFIER;
            case LITERAL -> n.isToken() && isLiteral(n.type);
            case STRING -> n.isToken() && (n.type == GoLexer.STRING_LIT || n.type == GoLexer.RAW_STRING_LIT);
            case CALL -> endsWith(n, RULE_arguments);
            case SELECTOR -> endsWith(n, RULE_selector);
            case INDEX -> endsWith(n, RULE_index);
            case COMPOSITE -> endsWith(n, RULE_literalValue);
            case FUNC_LITERAL -> n.kind == RULE_operand && n.children[0].isToken() && n.children[0].type == GoLexer.FUNC;
            case UNARY -> n.kind == RULE_expression && n.children.length == 2;
            case BINARY -> n.kind == RULE_expression && n.children.length == 3;
        };
    }

    private static boolean endsWith(Node n, int rule) {
        return n.kind == RULE_primaryExpr && n.children[n.children.length - 1].kind == rule;
    }

    private static boolean isLiteral(int type) {
        return type == GoLexer.INT_LIT || type == GoLexer.FLOAT_LIT || type == GoLexer.IMAGINARY_LIT || type == GoLexer.RUNE_LIT
                || type == GoLexer.STRING_LIT || type == GoLexer.RAW_STRING_LIT;
    }
}
