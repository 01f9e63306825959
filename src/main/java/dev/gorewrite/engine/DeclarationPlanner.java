package dev.gorewrite.engine;

import dev.gorewrite.golang.GoToken;
import dev.gorewrite.golang.antlr.GoLexer;
import dev.gorewrite.golang.antlr.GoParser;
import dev.gorewrite.recipe.EditKind;
import dev.gorewrite.recipe.EditStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Plans the deletion of a top-level declaration by name, together with its doc comment: a function
 * or method, or a type, var or const spec, alone or in a group. A spec in a group goes on its own
 * (the whole declaration when it is the group's only spec). Where deleting it alone would change
 * or break other code, the edit is drifted and the file stays as it is: a spec that declares
 * other names too, a spec sharing its line with others, a const group whose values depend on
 * position (iota, or a spec without values that repeats the one before).
 */
final class DeclarationPlanner {
    /** Where the name is declared: what to delete, or why it cannot be deleted on its own. */
    private record Declared(ParserRuleContext node, Optional<String> refusal) {
        static Declared deletable(ParserRuleContext node) {
            return new Declared(node, Optional.empty());
        }

        static Declared refused(ParserRuleContext node, String why) {
            return new Declared(node, Optional.of(why));
        }
    }

    /** One spec of a type, var or const declaration, with the names it declares. */
    private record Spec(ParserRuleContext node, List<String> names, boolean positional) {}

    private final PlanContext ctx;

    DeclarationPlanner(PlanContext ctx) {
        this.ctx = ctx;
    }

    PlannedEdit plan(EditStep step, EditKind.DeleteDeclaration declaration) {
        Locator at = ctx.at();
        String name = declaration.name();
        List<Declared> found = find(name);
        if (found.isEmpty()) {
            return ctx.verdict(step, EditStatus.ABSENT, 0, name + " is declared nowhere");
        }
        if (found.size() > 1) {
            StringBuilder lines = new StringBuilder();
            found.forEach(d -> lines.append(lines.length() == 0 ? "" : ", ").append(d.node().getStart().getLine()));
            return ctx.verdict(step, EditStatus.AMBIGUOUS, found.get(0).node().getStart().getLine(),
                    name + " declared " + found.size() + " times (lines " + lines + ")");
        }
        Declared d = found.get(0);
        if (d.refusal().isPresent()) {
            return ctx.verdict(step, EditStatus.DRIFTED, d.node().getStart().getLine(),
                    name + " " + d.refusal().get());
        }
        int start = token(d.node().getStart().getTokenIndex()).offset();
        int end = token(d.node().getStop().getTokenIndex()).end();
        return ctx.applied(step, at.lineOf(start), List.of(ctx.deleteLines(at.commentBlockAbove(start), end)));
    }

    private List<Declared> find(String name) {
        List<Declared> out = new ArrayList<>();
        for (GoParser.TopLevelDeclContext top : ctx.at().file().tree().topLevelDecl()) {
            if (top.functionDecl() != null) {
                if (top.functionDecl().IDENTIFIER().getText().equals(name)) {
                    out.add(Declared.deletable(top));
                }
            } else {
                List<Spec> specs = specs(top.declaration());
                for (Spec spec : specs) {
                    if (spec.names().contains(name)) {
                        out.add(declared(top, specs, spec, name));
                    }
                }
            }
        }
        return out;
    }

    private Declared declared(GoParser.TopLevelDeclContext top, List<Spec> specs, Spec spec, String name) {
        if (spec.names().size() > 1) {
            return Declared.refused(spec.node(), "is declared in one spec with " + others(spec.names(), name)
                    + " at line " + spec.node().getStart().getLine() + "; gorewrite deletes whole specs only");
        }
        if (specs.size() == 1) {
            return Declared.deletable(top);
        }
        if (!onItsOwnLines(spec.node())) {
            return Declared.refused(spec.node(), "shares line " + spec.node().getStart().getLine()
                    + " with other code of its group; gorewrite deletes specs on lines of their own only");
        }
        if (specs.stream().anyMatch(Spec::positional)) {
            return Declared.refused(spec.node(), "is in a const group whose values depend on their position (iota,"
                    + " or a spec that repeats the one before it); deleting it would change the others");
        }
        return Declared.deletable(spec.node());
    }

    /** The specs of a declaration, in order. */
    private static List<Spec> specs(GoParser.DeclarationContext d) {
        List<Spec> out = new ArrayList<>();
        if (d.typeDecl() != null) {
            d.typeDecl().typeSpec().forEach(s -> out.add(new Spec(s, List.of(s.IDENTIFIER().getText()), false)));
        } else if (d.varDecl() != null) {
            d.varDecl().varSpec().forEach(s -> out.add(new Spec(s, names(s.identifierList()), false)));
        } else if (d.constDecl() != null) {
            d.constDecl().constSpec().forEach(s -> out.add(new Spec(s, names(s.identifierList()),
                    s.expressionList() == null || mentionsIota(s.expressionList()))));
        }
        return out;
    }

    private static List<String> names(GoParser.IdentifierListContext list) {
        return list.IDENTIFIER().stream().map(TerminalNode::getText).toList();
    }

    private static boolean mentionsIota(ParserRuleContext node) {
        for (int i = 0; i < node.getChildCount(); i++) {
            if (node.getChild(i) instanceof TerminalNode t ? t.getSymbol().getType() == GoLexer.IDENTIFIER
                    && t.getText().equals("iota")
                    : node.getChild(i) instanceof ParserRuleContext c && mentionsIota(c)) {
                return true;
            }
        }
        return false;
    }

    private static String others(List<String> names, String name) {
        return String.join(", ", names.stream().filter(n -> !n.equals(name)).toList());
    }

    /** Whether no other code shares the spec's lines: it starts its first line and ends its last one. */
    private boolean onItsOwnLines(ParserRuleContext spec) {
        GoToken first = token(spec.getStart().getTokenIndex());
        GoToken last = token(spec.getStop().getTokenIndex());
        int before = codeToken(spec.getStart().getTokenIndex(), -1);
        int after = codeToken(spec.getStop().getTokenIndex(), +1);
        boolean startsLine = before < 0 || token(before).line() < first.line();
        if (after < 0 || !startsLine) {
            return false;
        }
        if (token(after).text().equals(";")) { // an explicit one: what follows must be on a later line
            int next = codeToken(after, +1);
            return next < 0 || token(next).line() > last.line();
        }
        return token(after).isNewline();
    }

    /** The index of the nearest token in {@code direction} from {@code index} that is no whitespace or comment, or -1. */
    private int codeToken(int index, int direction) {
        List<GoToken> tokens = ctx.at().file().tokens();
        for (int i = index + direction; i >= 0 && i < tokens.size(); i += direction) {
            if (!tokens.get(i).hidden()) {
                return i;
            }
        }
        return -1;
    }

    private GoToken token(int index) {
        return ctx.at().file().tokens().get(index);
    }
}
