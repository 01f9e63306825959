package dev.gorewrite.imports;

import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.GoToken;
import dev.gorewrite.golang.antlr.GoParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A parsed file's import declarations, each with its specs and places (char offsets in the text). */
final class FileImports {
    /** One `import` declaration; {@code open} is the offset just after its `(`, or -1 without one. */
    record Decl(int start, int end, int open, List<ImportSpec> specs) {
        Decl {
            specs = List.copyOf(specs);
        }

        boolean parenthesised() {
            return open >= 0;
        }
    }

    private final GoFile file;
    private final List<Decl> decls = new ArrayList<>();

    FileImports(GoFile file) {
        this.file = file;
        for (GoParser.ImportDeclContext d : file.tree().importDecl()) {
            List<ImportSpec> specs = new ArrayList<>();
            for (GoParser.ImportSpecContext s : d.importSpec()) {
                String name = s.importPath().getStart() == s.getStart() ? "" : s.getStart().getText();
                String literal = s.importPath().getText();
                specs.add(new ImportSpec(name, literal.substring(1, literal.length() - 1), start(s), end(s)));
            }
            int open = d.L_PAREN() == null ? -1 : token(d.L_PAREN().getSymbol().getTokenIndex()).end();
            decls.add(new Decl(start(d), end(d), open, specs));
        }
    }

    GoFile file() {
        return file;
    }

    List<Decl> decls() {
        return decls;
    }

    List<ImportSpec> specs() {
        return decls.stream().flatMap(d -> d.specs().stream()).toList();
    }

    Optional<ImportSpec> byPath(String path) {
        return specs().stream().filter(s -> s.path().equals(path)).findFirst();
    }

    Optional<Decl> declOf(ImportSpec spec) {
        return decls.stream().filter(d -> d.specs().contains(spec)).findFirst();
    }

    /** Where the import section ends: after the last declaration, or after the package clause. */
    int sectionEnd() {
        return decls.isEmpty() ? end(file.tree().packageClause()) : decls.get(decls.size() - 1).end();
    }

    int sectionStart() {
        return decls.isEmpty() ? sectionEnd() : decls.get(0).start();
    }

    private int start(org.antlr.v4.runtime.ParserRuleContext ctx) {
        return token(ctx.getStart().getTokenIndex()).offset();
    }

    private int end(org.antlr.v4.runtime.ParserRuleContext ctx) {
        return token(ctx.getStop().getTokenIndex()).end();
    }

    private GoToken token(int index) {
        return file.tokens().get(index);
    }
}
