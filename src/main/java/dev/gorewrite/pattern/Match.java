package dev.gorewrite.pattern;

import java.util.Map;

/**
 * Where a pattern matched: code tokens [firstToken, endToken) of the {@link CodeIndex}, chars
 * [start, end) of the file's text, and the code each metavariable stands for.
 */
public record Match(int firstToken, int endToken, int start, int end, Map<String, String> bindings) {
    public Match {
        if (firstToken < 0 || endToken < firstToken || start < 0 || end < start) {
            throw new IllegalArgumentException("bad match span " + start + ".." + end);
        }
        bindings = Map.copyOf(bindings);
    }
}
