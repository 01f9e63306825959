package dev.gorewrite.imports;

import dev.gorewrite.golang.GoFile;
import java.util.Map;

/**
 * How often a file's code, outside its imports, starts a selector with each name (see
 * {@link Uses}): all that the import fix needs of the file as a recipe found it, so that a file
 * waiting for gofmt's layout of its edits need not hold its tokens.
 */
public record NamesUsed(Map<String, Integer> heads) {
    public NamesUsed {
        heads = Map.copyOf(heads);
    }

    public static NamesUsed of(GoFile file) {
        return new NamesUsed(Uses.of(file, FileImports.of(file)).heads());
    }

    int count(String name) {
        return heads.getOrDefault(name, 0);
    }
}
