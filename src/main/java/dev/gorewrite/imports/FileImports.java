package dev.gorewrite.imports;

import static dev.gorewrite.golang.antlr.GoLexer.DOT;
import static dev.gorewrite.golang.antlr.GoLexer.IDENTIFIER;
import static dev.gorewrite.golang.antlr.GoLexer.IMPORT;
import static dev.gorewrite.golang.antlr.GoLexer.L_PAREN;
import static dev.gorewrite.golang.antlr.GoLexer.PACKAGE;
import static dev.gorewrite.golang.antlr.GoLexer.RAW_STRING_LIT;
import static dev.gorewrite.golang.antlr.GoLexer.R_PAREN;
import static dev.gorewrite.golang.antlr.GoLexer.SEMI;
import static dev.gorewrite.golang.antlr.GoLexer.STRING_LIT;

import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.GoToken;
import dev.gorewrite.golang.LineEnding;
import dev.gorewrite.golang.Utf8;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A file's import declarations, each with its specs and places (char offsets in the text), read
 * from its tokens: the package clause and the import section are the first tokens of every Go
 * file, so a lexed text is enough and no parse tree is needed. Text that is not Go past some point
 * gives the declarations before it (whether the text parses is the caller's check).
 */
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

    private final String path;
    private final String text;
    /** Where the package clause ends (0 without one). */
    private final int packageEnd;
    private final List<Decl> decls;

    private FileImports(String path, String text, int packageEnd, List<Decl> decls) {
        this.path = Objects.requireNonNull(path, "path");
        this.text = Objects.requireNonNull(text, "text");
        this.packageEnd = packageEnd;
        this.decls = List.copyOf(decls);
    }

    /** The imports of a parsed or lexed file. */
    static FileImports of(GoFile file) {
        return read(file.path(), file.text(), file.tokens());
    }

    /**
     * The imports of a text whose import section ends at or before {@code through}: only the text
     * up to the end of that line is lexed (tokens up to there are the same as in the whole text's).
     */
    static FileImports of(String path, String text, int through) {
        int newline = text.indexOf('\n', Math.min(through, text.length()));
        String head = newline < 0 ? text : text.substring(0, newline + 1);
        return read(path, text, GoFile.lex(path, Utf8.encode(head)).tokens());
    }

    private static FileImports read(String path, String text, List<GoToken> tokens) {
        Head head = new Head(tokens);
        if (!head.at(PACKAGE) || !head.at(1, IDENTIFIER)) {
            return new FileImports(path, text, 0, List.of());
        }
        head.next();
        int packageEnd = head.next().end();
        head.skip(SEMI);
        List<Decl> decls = new ArrayList<>();
        for (Optional<Decl> d = head.decl(); d.isPresent(); d = head.decl()) {
            decls.add(d.get());
            head.skip(SEMI);
        }
        return new FileImports(path, text, packageEnd, decls);
    }

    String path() {
        return path;
    }

    String text() {
        return text;
    }

    LineEnding lineEnding() {
        return LineEnding.of(text);
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
        return decls.isEmpty() ? packageEnd : decls.get(decls.size() - 1).end();
    }

    int sectionStart() {
        return decls.isEmpty() ? sectionEnd() : decls.get(0).start();
    }

    /** The code tokens at the head of a file, read in order as the grammar's `importDecl` has them. */
    private static final class Head {
        private final List<GoToken> tokens;
        private int next;

        Head(List<GoToken> tokens) {
            this.tokens = tokens;
        }

        /** `import spec` or `import ( spec; … )`; empty where the text holds no (whole) declaration. */
        Optional<Decl> decl() {
            if (!at(IMPORT)) {
                return Optional.empty();
            }
            int start = next().offset();
            if (!at(L_PAREN)) {
                return spec().map(s -> new Decl(start, s.end(), -1, List.of(s)));
            }
            int open = next().end();
            List<ImportSpec> specs = new ArrayList<>();
            while (!at(R_PAREN)) {
                Optional<ImportSpec> spec = spec();
                if (spec.isEmpty()) {
                    return Optional.empty();
                }
                specs.add(spec.get());
                skip(SEMI);
            }
            return Optional.of(new Decl(start, next().end(), open, specs));
        }

        /** `[name] "path"`, the path as written between its quotes. */
        private Optional<ImportSpec> spec() {
            int start = at(DOT) || at(IDENTIFIER) || at(STRING_LIT) || at(RAW_STRING_LIT) ? code(0) : -1;
            String name = at(DOT) || at(IDENTIFIER) ? next().text() : "";
            if (start < 0 || !at(STRING_LIT) && !at(RAW_STRING_LIT) || tokens.get(code(0)).text().length() < 2) {
                return Optional.empty();
            }
            GoToken literal = next();
            String quoted = literal.text();
            return Optional.of(new ImportSpec(name, quoted.substring(1, quoted.length() - 1),
                    tokens.get(start).offset(), literal.end()));
        }

        boolean at(int type) {
            return at(0, type);
        }

        /** Whether the code token {@code ahead} places on is of {@code type}. */
        boolean at(int ahead, int type) {
            int i = code(ahead);
            return i >= 0 && tokens.get(i).type() == type;
        }

        void skip(int type) {
            if (at(type)) {
                next();
            }
        }

        GoToken next() {
            int i = code(0);
            next = i + 1;
            return tokens.get(i);
        }

        /** The index of the code token {@code ahead} places on, -1 past the end. */
        private int code(int ahead) {
            int seen = -1;
            for (int i = next; i < tokens.size(); i++) {
                if (!tokens.get(i).hidden() && ++seen == ahead) {
                    return i;
                }
            }
            return -1;
        }
    }
}
