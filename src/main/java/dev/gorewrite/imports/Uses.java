package dev.gorewrite.imports;

import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.PlacedTokens;
import dev.gorewrite.golang.antlr.GoLexer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How a file's code, outside its imports, uses names, read from its tokens: {@code heads} counts
 * each name that starts a selector (`os` in `os.ReadFile`, not `os` in `x.os.Y`), with the line
 * of its first one; {@code elsewhere} holds names that also stand alone (`os := …`, a parameter,
 * a field): such a name may be a local one, so it is never taken for a package to import.
 */
record Uses(Map<String, Integer> heads, Map<String, Integer> firstLine, Set<String> elsewhere) {
    static Uses of(GoFile file, FileImports imports) {
        PlacedTokens tokens = file.placedTokens();
        int[] code = codeIndexes(tokens);
        Map<String, Integer> heads = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        Set<String> elsewhere = new HashSet<>();
        for (int k = 0; k < code.length; k++) {
            int i = code[k];
            boolean inImports = tokens.offset(i) >= imports.sectionStart() && tokens.offset(i) < imports.sectionEnd();
            if (tokens.type(i) != GoLexer.IDENTIFIER || inImports || isDot(tokens, code, k - 1)) {
                continue;
            }
            String name = tokens.text(i);
            if (isDot(tokens, code, k + 1)) {
                heads.merge(name, 1, Integer::sum);
                lines.putIfAbsent(name, tokens.line(i));
            } else {
                elsewhere.add(name);
            }
        }
        return new Uses(Map.copyOf(heads), Map.copyOf(lines), Set.copyOf(elsewhere));
    }

    /** The indexes of the code tokens but semicolons, EOF left out. */
    private static int[] codeIndexes(PlacedTokens tokens) {
        int[] code = new int[tokens.size()];
        int n = 0;
        for (int i = 0; i < tokens.size() - 1; i++) {
            if (!tokens.hidden(i) && tokens.type(i) != GoLexer.SEMI) {
                code[n++] = i;
            }
        }
        return Arrays.copyOf(code, n);
    }

    int count(String name) {
        return heads.getOrDefault(name, 0);
    }

    private static boolean isDot(PlacedTokens tokens, int[] code, int k) {
        return k >= 0 && k < code.length && tokens.type(code[k]) == GoLexer.DOT;
    }
}
