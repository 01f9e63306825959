package dev.gorewrite.engine;

import dev.gorewrite.golang.antlr.GoParser;
import dev.gorewrite.recipe.EditKind;
import dev.gorewrite.recipe.EditStep;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;

/** Plans the deletion of a top-level declaration by name, together with its doc comment. */
final class DeclarationPlanner {
    private final EditPlanner planner;

    DeclarationPlanner(EditPlanner planner) {
        this.planner = planner;
    }

    PlannedEdit plan(EditStep step, EditKind.DeleteDeclaration declaration) {
        Locator at = planner.locator();
        List<ParserRuleContext> found = find(at, declaration.name());
        if (found.isEmpty()) {
            return planner.verdict(step, EditStatus.ALREADY_APPLIED, 0, declaration.name() + " not declared");
        }
        if (found.size() > 1) {
            StringBuilder lines = new StringBuilder();
            found.forEach(d -> lines.append(lines.length() == 0 ? "" : ", ").append(d.getStart().getLine()));
            return planner.verdict(step, EditStatus.AMBIGUOUS, found.get(0).getStart().getLine(),
                    declaration.name() + " declared " + found.size() + " times (lines " + lines + ")");
        }
        ParserRuleContext decl = found.get(0);
        int start = at.code().file().tokens().get(decl.getStart().getTokenIndex()).offset();
        int end = at.code().file().tokens().get(decl.getStop().getTokenIndex()).end();
        return planner.applied(step, at.lineOf(start), List.of(planner.deleteLines(at.commentBlockAbove(start), end)));
    }

    /** Top-level functions and methods with that name, and single-spec type, var and const declarations. */
    private static List<ParserRuleContext> find(Locator at, String name) {
        List<ParserRuleContext> out = new ArrayList<>();
        GoParser.SourceFileContext tree = at.code().file().tree();
        for (GoParser.TopLevelDeclContext top : tree.topLevelDecl()) {
            if (top.functionDecl() != null) {
                if (top.functionDecl().IDENTIFIER().getText().equals(name)) {
                    out.add(top);
                }
            } else if (declares(top.declaration(), name)) {
                out.add(top);
            }
        }
        return out;
    }

    private static boolean declares(GoParser.DeclarationContext d, String name) {
        if (d.typeDecl() != null && d.typeDecl().typeSpec().size() == 1) {
            return d.typeDecl().typeSpec(0).IDENTIFIER().getText().equals(name);
        }
        if (d.varDecl() != null && d.varDecl().varSpec().size() == 1 && d.varDecl().L_PAREN() == null) {
            return d.varDecl().varSpec(0).identifierList().getText().equals(name);
        }
        if (d.constDecl() != null && d.constDecl().constSpec().size() == 1 && d.constDecl().L_PAREN() == null) {
            return d.constDecl().constSpec(0).identifierList().getText().equals(name);
        }
        return false;
    }
}
