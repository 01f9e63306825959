package dev.gorewrite.guide;

import dev.gorewrite.golang.antlr.GoLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/** A fenced code block of a guide with its label, its language (`go`, `yaml`, …) and guide line. */
public record Block(int line, Label label, String language, String code, List<CodeToken> tokens) {
    public Block {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(code, "code");
        language = Objects.requireNonNull(language, "language").toLowerCase(Locale.ROOT);
        tokens = List.copyOf(tokens);
        if (line < 1) {
            throw new IllegalArgumentException("guide lines start at 1: " + line);
        }
    }

    /** A block read from the guide: Go blocks get their code tokens, others none. */
    static Block of(int line, Label label, String language, String code) {
        String lang = language.strip().toLowerCase(Locale.ROOT);
        return new Block(line, label, lang, code, lang.equals("go") ? goTokens(code) : List.of());
    }

    public boolean go() {
        return language.equals("go");
    }

    public boolean damaged() {
        return tokens.stream().anyMatch(CodeToken::damaged);
    }

    /** The first line of code (not a comment, not blank), and how many more lines there are. */
    public String summary() {
        List<String> lines = code.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String first = lines.stream().filter(l -> !l.startsWith("//") && !l.startsWith("#")).findFirst()
                .orElse(lines.isEmpty() ? "(empty)" : lines.get(0));
        String shown = first.length() > 72 ? first.substring(0, 69) + "..." : first;
        return shown + (lines.size() > 1 ? "  (+" + (lines.size() - 1) + " lines)" : "");
    }

    /** The tokens that decide a match: the lexer's default channel (no comments, no layout). */
    private static List<CodeToken> goTokens(String code) {
        GoLexer lexer = new GoLexer(CharStreams.fromString(code));
        lexer.removeErrorListeners();
        List<CodeToken> tokens = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL && !t.getText().isEmpty()) {
                tokens.add(new CodeToken(t.getText()));
            }
        }
        return tokens;
    }
}
