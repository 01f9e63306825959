package dev.gorewrite.imports;

import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.GoToken;
import dev.gorewrite.golang.antlr.GoLexer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
        List<GoToken> code = file.codeTokens().stream().filter(t -> !t.isSemicolon()).toList();
        Map<String, Integer> heads = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        Set<String> elsewhere = new HashSet<>();
        for (int i = 0; i < code.size(); i++) {
            GoToken t = code.get(i);
            boolean inImports = t.offset() >= imports.sectionStart() && t.offset() < imports.sectionEnd();
            if (t.type() != GoLexer.IDENTIFIER || inImports || isDot(code, i - 1)) {
                continue;
            }
            if (isDot(code, i + 1)) {
                heads.merge(t.text(), 1, Integer::sum);
                lines.putIfAbsent(t.text(), t.line());
            } else {
                elsewhere.add(t.text());
            }
        }
        return new Uses(Map.copyOf(heads), Map.copyOf(lines), Set.copyOf(elsewhere));
    }

    int count(String name) {
        return heads.getOrDefault(name, 0);
    }

    private static boolean isDot(List<GoToken> code, int i) {
        return i >= 0 && i < code.size() && code.get(i).type() == GoLexer.DOT;
    }
}
