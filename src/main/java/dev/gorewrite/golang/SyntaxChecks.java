package dev.gorewrite.golang;

import static dev.gorewrite.golang.antlr.GoParser.*;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The rules the grammar leaves out on purpose to stay fast (it parses a superset of Go, as Go's
 * own parser does), checked on the tree afterwards. Messages and places follow go/parser, so that
 * gofmt and gorewrite agree on which files are Go.
 */
final class SyntaxChecks {
    private static final String MISSING_PARENS = " (missing parentheses around composite literal?)";

    /** A rule broken at a token, or just after it ({@code after}); the file places it. */
    record Found(Token at, boolean after, String message) {}

    private final List<Found> found = new ArrayList<>();
    /** `[...]` operands, which are fine only as a composite literal's type: known once their parent is done. */
    private final List<PrimaryExprContext> ellipses = new ArrayList<>();
    private boolean broken;

    /**
     * Checks one finished node (all its children parsed); the parser calls this as each rule
     * exits, which spares a second walk over the tree. A node left incomplete by an error that
     * is being thrown may break a check: the checks are then {@link #broken()} and unused.
     */
    void finished(ParserRuleContext ctx) {
        try {
            visit(ctx);
        } catch (RuntimeException incomplete) {
            broken = true;
        }
    }

    boolean broken() {
        return broken;
    }

    /** What the finished nodes broke, once the whole tree is built. */
    List<Found> found() {
        settle(0);
        return found;
    }

    /**
     * Decides the `[...]` operands from token {@code from} on, whose parents are all finished: at
     * the end of a top-level declaration or literal element, which holds every parent they need,
     * so that no tree is kept for them. An earlier one (`[...]T` before the `{` of the literal
     * whose element has just ended) waits: it was seen first, so the ones decided are the last.
     */
    void settle(int from) {
        int last = ellipses.size() - 1;
        for (; last >= 0 && ellipses.get(last).getStart().getTokenIndex() >= from; last--) {
            PrimaryExprContext ctx = ellipses.get(last);
            if (!isCompositeLiteralType(ctx)) {
                error(ctx.operand().ELLIPSIS().getSymbol(), "expected array length, found '...'");
            }
        }
        ellipses.subList(last + 1, ellipses.size()).clear();
    }

    /** The checks over a whole tree at once, visiting every rule node without recursion (trees of long expressions are deep). */
    static List<Found> walk(SourceFileContext root) {
        SyntaxChecks checks = new SyntaxChecks();
        Deque<ParserRuleContext> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            ParserRuleContext ctx = todo.pop();
            checks.visit(ctx);
            if (ctx.children != null) {
                for (int i = ctx.children.size() - 1; i >= 0; i--) {
                    if (ctx.children.get(i) instanceof ParserRuleContext child) {
                        todo.push(child);
                    }
                }
            }
        }
        return checks.found();
    }

    private void visit(ParserRuleContext ctx) {
        switch (ctx.getRuleIndex()) {
            case RULE_ifStmt -> enterIfStmt((IfStmtContext) ctx);
            case RULE_switchStmt -> enterSwitchStmt((SwitchStmtContext) ctx);
            case RULE_forHeader -> enterForHeader((ForHeaderContext) ctx);
            case RULE_simpleStmtTail -> enterSimpleStmtTail((SimpleStmtTailContext) ctx);
            case RULE_simpleStmt -> enterSimpleStmt((SimpleStmtContext) ctx);
            case RULE_simpleStmtNoBrace -> enterSimpleStmtNoBrace((SimpleStmtNoBraceContext) ctx);
            case RULE_goStmt -> mustBeCall(((GoStmtContext) ctx).expression(), "go");
            case RULE_deferStmt -> mustBeCall(((DeferStmtContext) ctx).expression(), "defer");
            case RULE_functionDecl -> enterFunctionDecl((FunctionDeclContext) ctx);
            case RULE_parameters -> enterParameters((ParametersContext) ctx);
            case RULE_importPath -> enterImportPath((ImportPathContext) ctx);
            case RULE_primaryExpr -> enterPrimaryExpr((PrimaryExprContext) ctx);
            case RULE_operandNoBrace -> enterOperandNoBrace((OperandNoBraceContext) ctx);
            default -> { }
        }
    }

    private void enterIfStmt(IfStmtContext ctx) {
        if (ctx.SEMI() == null && ctx.simpleStmtNoBrace().simpleStmtTailNoBrace() != null) {
            conditionExpected(ctx.simpleStmtNoBrace(), "boolean expression");
        }
    }

    private void enterSwitchStmt(SwitchStmtContext ctx) {
        List<SimpleStmtNoBraceContext> parts = ctx.simpleStmtNoBrace();
        if (parts.isEmpty() || (ctx.SEMI() != null && parts.size() == 1 && ctx.getChild(1) != ctx.SEMI())) {
            return; // no tag, or `switch init; {`
        }
        SimpleStmtNoBraceContext tag = parts.get(parts.size() - 1);
        if (tag.simpleStmtTailNoBrace() != null && !isTypeSwitchGuard(tag)) {
            conditionExpected(tag, "switch expression");
        }
    }

    private void enterForHeader(ForHeaderContext ctx) {
        if (ctx.simpleStmtNoBrace().isEmpty() || ctx.RANGE() != null && ctx.SEMI().isEmpty()) {
            return;
        }
        SimpleStmtNoBraceContext first = ctx.getChild(0) instanceof SimpleStmtNoBraceContext s ? s : null;
        if (first == null) {
            return;
        }
        SimpleStmtTailNoBraceContext tail = first.simpleStmtTailNoBrace();
        boolean range = tail != null && tail.RANGE() != null;
        if (ctx.SEMI().isEmpty()) {
            if (tail != null && !range) {
                conditionExpected(first, "boolean or range expression");
            }
        } else if (range) {
            error(ctx.SEMI(0).getSymbol(), "expected '{', found ';'");
        }
        if (range && first.expressionListNoBrace().expressionNoBrace().size() > 2) {
            error(first.expressionListNoBrace().expressionNoBrace(2).getStart(), "expected at most 2 expressions");
        }
    }

    private void enterSimpleStmtTail(SimpleStmtTailContext ctx) {
        if (ctx.expressionList() != null) {
            for (ExpressionContext rhs : ctx.expressionList().expression()) {
                if (isBareType(rhs)) {
                    error(rhs.getStart(), "expected expression");
                    return;
                }
            }
        }
    }

    /** A type literal standing alone where a value is needed: `x = []int`, `_ = func()(x)`. */
    private static boolean isBareType(ExpressionContext e) {
        if (!(e instanceof PrimaryContext p) || p.primaryExpr().operand() == null) {
            return false;
        }
        OperandContext o = p.primaryExpr().operand();
        return o.L_BRACKET() != null || o.structType() != null || o.mapType() != null || o.interfaceType() != null
                || o.CHAN() != null || o.FUNC() != null && o.block() == null;
    }

    private void enterSimpleStmt(SimpleStmtContext ctx) {
        if (ctx.simpleStmtTail() != null && ctx.simpleStmtTail().DECLARE_ASSIGN() != null) {
            for (ExpressionContext lhs : ctx.expressionList().expression()) {
                if (!isIdentifier(lhs)) {
                    error(lhs.getStart(), "expected identifier on left side of :=");
                    return;
                }
            }
        }
    }

    private void enterSimpleStmtNoBrace(SimpleStmtNoBraceContext ctx) {
        SimpleStmtTailNoBraceContext tail = ctx.simpleStmtTailNoBrace();
        if (tail != null && tail.DECLARE_ASSIGN() != null) {
            for (ExpressionNoBraceContext lhs : ctx.expressionListNoBrace().expressionNoBrace()) {
                if (!(lhs instanceof PrimaryNoBraceContext p && p.primaryExprNoBrace().operandNoBrace() != null
                        && p.primaryExprNoBrace().operandNoBrace().IDENTIFIER() != null)) {
                    error(lhs.getStart(), "expected identifier on left side of :=");
                    return;
                }
            }
        }
    }

    private void enterFunctionDecl(FunctionDeclContext ctx) {
        if (ctx.receiver() != null && ctx.typeParameters() != null) {
            error(ctx.typeParameters().getStart(), "method must have no type parameters");
        }
    }

    private void enterParameters(ParametersContext ctx) {
        List<ParameterDeclContext> params = ctx.parameterDecl();
        boolean anyNamed = params.stream().anyMatch(p -> p.IDENTIFIER() != null);
        if (!anyNamed) {
            return;
        }
        // In `(a, b int)` the `a` parses as a type; it is a name only if it is a bare identifier.
        for (ParameterDeclContext p : params) {
            boolean bareName = p.IDENTIFIER() == null && p.ELLIPSIS() == null && isBareTypeName(p.type_());
            if (p.IDENTIFIER() == null && !bareName || p == params.get(params.size() - 1) && p.IDENTIFIER() == null) {
                error(params.get(0).getStart(), "mixed named and unnamed parameters");
                return;
            }
        }
    }

    private void enterImportPath(ImportPathContext ctx) {
        String literal = ctx.getStart().getText();
        if (!ImportPaths.isValid(literal)) {
            error(ctx.getStart(), "invalid import path: " + literal);
        }
    }

    private void enterPrimaryExpr(PrimaryExprContext ctx) {
        if (ctx.literalValue() != null) {
            checkCompositeLiteralType(ctx.primaryExpr(), ctx.literalValue());
        } else if (ctx.operand() != null && ctx.operand().ELLIPSIS() != null) {
            ellipses.add(ctx);
        }
    }

    private void enterOperandNoBrace(OperandNoBraceContext ctx) {
        if (ctx.ELLIPSIS() != null && ctx.literalValue() == null) {
            error(ctx.ELLIPSIS().getSymbol(), "expected array length, found '...'");
        }
    }

    private static boolean isCompositeLiteralType(PrimaryExprContext operandExpr) {
        return operandExpr.getParent() instanceof PrimaryExprContext parent && parent.literalValue() != null;
    }

    /** go/parser takes `{` as a composite literal only after a type name, an instantiation or a type literal. */
    private void checkCompositeLiteralType(PrimaryExprContext type, LiteralValueContext value) {
        OperandContext operand = type.operand();
        if (operand != null && operand.L_PAREN() != null) {
            error(operand.expression().getStart(), "cannot parenthesize type in composite literal");
            return;
        }
        boolean typeLike = operand != null
                ? operand.IDENTIFIER() != null || operand.L_BRACKET() != null || operand.structType() != null
                        || operand.mapType() != null
                : type.index() != null || type.selector() != null && type.selector().IDENTIFIER() != null;
        if (!typeLike) {
            error(value.getStart(), "expected ';', found '{'");
        }
    }

    private void mustBeCall(ExpressionContext expression, String statement) {
        ExpressionContext e = expression;
        while (e instanceof PrimaryContext p && p.primaryExpr().operand() != null
                && p.primaryExpr().operand().L_PAREN() != null) {
            e = p.primaryExpr().operand().expression();
        }
        if (!(e instanceof PrimaryContext p && p.primaryExpr().arguments() != null)) {
            errorAfter(expression, "function must be invoked in " + statement + " statement");
        }
    }

    private void conditionExpected(SimpleStmtNoBraceContext stmt, String what) {
        SimpleStmtTailNoBraceContext tail = stmt.simpleStmtTailNoBrace();
        boolean assignment = tail.ASSIGN() != null || tail.DECLARE_ASSIGN() != null || tail.assignOp() != null;
        error(stmt.getStart(), "expected " + what + ", found " + (assignment ? "assignment" : "simple statement")
                + MISSING_PARENS);
    }

    private static boolean isTypeSwitchGuard(SimpleStmtNoBraceContext stmt) {
        SimpleStmtTailNoBraceContext tail = stmt.simpleStmtTailNoBrace();
        return tail.DECLARE_ASSIGN() != null && tail.expressionListNoBrace() != null
                && tail.expressionListNoBrace().expressionNoBrace().size() == 1
                && tail.expressionListNoBrace().getStop().getType() == R_PAREN
                && tail.expressionListNoBrace().getText().endsWith(".(type)");
    }

    private static boolean isIdentifier(ExpressionContext e) {
        return e instanceof PrimaryContext p && p.primaryExpr().operand() != null
                && p.primaryExpr().operand().IDENTIFIER() != null;
    }

    private static boolean isBareTypeName(Type_Context type) {
        return type.typeName() != null && type.typeArgs() == null && type.typeName().DOT() == null;
    }

    private void error(Token at, String message) {
        found.add(new Found(at, false, message));
    }

    private void error(TerminalNode at, String message) {
        error(at.getSymbol(), message);
    }

    private void errorAfter(ParserRuleContext ctx, String message) {
        found.add(new Found(ctx.getStop(), true, message));
    }
}
