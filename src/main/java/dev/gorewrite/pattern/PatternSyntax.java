package dev.gorewrite.pattern;

import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.SyntaxError;
import dev.gorewrite.golang.antlr.GoParser;
import dev.gorewrite.golang.antlr.GoParser.SourceFileContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Reads a pattern (its placeholders already spelled as names) as Go of one syntactic kind, by
 * parsing it inside a small file where that kind stands: after `var _ =` it is an expression, in a
 * function body statements, at the top level declarations, inside `_{…}` composite-literal
 * elements, inside `struct {…}` fields, after `type _` a type. The first reading that parses wins,
 * except that an expression is also read as a type.
 */
final class PatternSyntax {
    /** One way to read a pattern: the file around it and how to find its items in that file's tree. */
    private record Reading(String name, String before, String after, Function<SourceFileContext, List<ParserRuleContext>> items,
            Shape.Items run) {
        Optional<List<Node>> parse(String source, List<SyntaxError> errors) {
            GoFile file = GoFile.parseGrammarOnly("pattern", (before + source + after).getBytes(StandardCharsets.UTF_8));
            if (!file.ok()) {
                errors.addAll(file.errors());
                return Optional.empty();
            }
            List<ParserRuleContext> found = items.apply(file.tree());
            if (found == null || found.isEmpty()) {
                return Optional.empty();
            }
            List<Node> nodes = new ArrayList<>();
            for (ParserRuleContext item : found) {
                nodes.add(SyntaxTree.build(item, true));
            }
            return Optional.of(nodes);
        }
    }

    private static final Reading EXPRESSION = new Reading("an expression", "package p;var _ = ", "\n",
            PatternSyntax::expression, null);
    private static final Reading TYPE = new Reading("a type", "package p;type _ ", "\n", PatternSyntax::type, null);
    private static final List<Reading> LISTS = List.of(
            new Reading("statements", "package p;func _() {\n", "\n}\n", PatternSyntax::statements, Shape.Items.STATEMENTS),
            new Reading("declarations", "package p\n", "\n", PatternSyntax::declarations, Shape.Items.DECLARATIONS),
            new Reading("composite-literal elements", "package p;var _ = _{\n", "\n}\n", PatternSyntax::elements,
                    Shape.Items.ELEMENTS),
            new Reading("struct fields", "package p;type _ struct {\n", "\n}\n", PatternSyntax::fields,
                    Shape.Items.FIELDS));

    private PatternSyntax() {}

    /** The shape of a pattern, or an exception naming the kinds tried and the first syntax error. */
    static Shape shapeOf(String source) throws PatternException {
        List<SyntaxError> errors = new ArrayList<>();
        Optional<List<Node>> expression = EXPRESSION.parse(source, new ArrayList<>());
        if (expression.isPresent()) {
            List<Node> readings = new ArrayList<>(expression.get());
            TYPE.parse(source, new ArrayList<>()).ifPresent(readings::addAll);
            return new Shape.Single(readings);
        }
        for (Reading reading : LISTS) {
            Optional<List<Node>> items = reading.parse(source, reading.run() == Shape.Items.STATEMENTS ? errors
                    : new ArrayList<>());
            if (items.isPresent()) {
                return items.get().size() == 1 ? new Shape.Single(items.get()) : new Shape.Run(reading.run(), items.get());
            }
        }
        Optional<List<Node>> type = TYPE.parse(source, new ArrayList<>());
        if (type.isPresent()) {
            return new Shape.Single(type.get());
        }
        throw notGo(errors);
    }

    private static PatternException notGo(List<SyntaxError> errors) {
        // The statements reading puts the pattern on the file's second line, as it was written.
        SyntaxError first = errors.isEmpty() ? null : errors.get(0);
        String kinds = "an expression, statements, declarations, composite-literal elements, struct fields or a type";
        if (first == null) {
            return new PatternException("is not Go code of one kind (" + kinds + ")", 1, 1, true);
        }
        return new PatternException("is not Go code of one kind (" + kinds + "): as statements, " + first.message(),
                Math.max(1, first.line() - 1), first.column(), true);
    }

    private static List<ParserRuleContext> expression(SourceFileContext file) {
        GoParser.VarDeclContext var = onlyDeclaration(file) == null ? null : onlyDeclaration(file).varDecl();
        if (var == null || var.varSpec().size() != 1 || var.varSpec(0).expressionList() == null) {
            return null;
        }
        List<GoParser.ExpressionContext> values = var.varSpec(0).expressionList().expression();
        return values.size() == 1 ? List.of(values.get(0)) : null;
    }

    private static List<ParserRuleContext> type(SourceFileContext file) {
        GoParser.TypeDeclContext decl = onlyDeclaration(file) == null ? null : onlyDeclaration(file).typeDecl();
        if (decl == null || decl.typeSpec().size() != 1 || decl.typeSpec(0).ASSIGN() != null
                || decl.typeSpec(0).typeParameters() != null) {
            return null;
        }
        return List.of(decl.typeSpec(0).type_());
    }

    private static List<ParserRuleContext> statements(SourceFileContext file) {
        if (file.topLevelDecl().size() != 1 || file.topLevelDecl(0).functionDecl() == null) {
            return null;
        }
        return new ArrayList<>(file.topLevelDecl(0).functionDecl().block().statementList().statement());
    }

    private static List<ParserRuleContext> declarations(SourceFileContext file) {
        List<ParserRuleContext> items = new ArrayList<>(file.importDecl());
        items.addAll(file.topLevelDecl());
        return items;
    }

    private static List<ParserRuleContext> elements(SourceFileContext file) {
        List<ParserRuleContext> value = expression(file);
        if (value == null || !(value.get(0) instanceof GoParser.PrimaryContext primary)
                || primary.primaryExpr().literalValue() == null) {
            return null;
        }
        return new ArrayList<>(primary.primaryExpr().literalValue().keyedElement());
    }

    private static List<ParserRuleContext> fields(SourceFileContext file) {
        List<ParserRuleContext> type = type(file);
        GoParser.Type_Context t = type == null ? null : (GoParser.Type_Context) type.get(0);
        if (t == null || t.typeLiteral() == null || t.typeLiteral().structType() == null) {
            return null;
        }
        return new ArrayList<>(t.typeLiteral().structType().fieldDecl());
    }

    private static GoParser.DeclarationContext onlyDeclaration(SourceFileContext file) {
        if (file.topLevelDecl().size() != 1 || !file.importDecl().isEmpty()) {
            return null;
        }
        return file.topLevelDecl(0).declaration();
    }
}
