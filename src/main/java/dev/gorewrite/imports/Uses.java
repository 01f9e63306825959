package dev.gorewrite.imports;

import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.PlacedTokens;
import dev.gorewrite.golang.antlr.GoLexer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * How a file's code, outside its imports, uses names, read from its tokens: {@code heads} counts
 * each name that starts a selector (`os` in `os.ReadFile`, not `os` in `x.os.Y`), with the line
 * of its first one; a name that also stands alone (`os := …`, a parameter, a field) may be a local
 * one, so it is never taken for a package to import ({@link #standsAlone}, asked of few names, so
 * the other names' texts are never cut out).
 */
final class Uses {
    private final PlacedTokens tokens;
    /** Indexes of the code tokens outside the imports, semicolons left out. */
    private final int[] code;
    private final Map<String, Integer> heads = new HashMap<>();
    private final Map<String, Integer> firstLine = new HashMap<>();

    private Uses(PlacedTokens tokens, int[] code) {
        this.tokens = tokens;
        this.code = code;
        for (int k = 0; k < code.length; k++) {
            if (isHead(k)) {
                String name = tokens.text(code[k]);
                heads.merge(name, 1, Integer::sum);
                firstLine.putIfAbsent(name, tokens.line(code[k]));
            }
        }
    }

    static Uses of(GoFile file, FileImports imports) {
        PlacedTokens tokens = file.placedTokens();
        int[] code = new int[tokens.size()];
        int n = 0;
        for (int i = 0; i < tokens.size() - 1; i++) {
            boolean inImports = tokens.offset(i) >= imports.sectionStart() && tokens.offset(i) < imports.sectionEnd();
            if (!tokens.hidden(i) && tokens.type(i) != GoLexer.SEMI && !inImports) {
                code[n++] = i;
            }
        }
        return new Uses(tokens, Arrays.copyOf(code, n));
    }

    /** Each name that starts a selector, with how often it does. */
    Map<String, Integer> heads() {
        return heads;
    }

    /** The line of each head's first use. */
    Map<String, Integer> firstLine() {
        return firstLine;
    }

    int count(String name) {
        return heads.getOrDefault(name, 0);
    }

    /** Whether {@code name} is also an identifier that neither starts a selector nor follows a dot. */
    boolean standsAlone(String name) {
        for (int k = 0; k < code.length; k++) {
            if (isName(k) && !isDot(k + 1) && tokens.textEquals(code[k], name)) {
                return true;
            }
        }
        return false;
    }

    private boolean isHead(int k) {
        return isName(k) && isDot(k + 1);
    }

    /** An identifier that does not follow a dot. */
    private boolean isName(int k) {
        return tokens.type(code[k]) == GoLexer.IDENTIFIER && !isDot(k - 1);
    }

    private boolean isDot(int k) {
        return k >= 0 && k < code.length && tokens.type(code[k]) == GoLexer.DOT;
    }
}
