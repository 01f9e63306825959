package dev.gorewrite.pattern;

import java.util.HashMap;
import java.util.Map;

/**
 * Where a pattern matched: chars [start, end) of the file's text, and for each metavariable and
 * named wildcard the chars of the code it stands for (an empty run is empty, at its place).
 */
public record Match(int start, int end, Map<String, Capture> captures) {
    /** Chars [start, end) of the file that a name stands for. */
    public record Capture(int start, int end) {
        public Capture {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad capture " + start + ".." + end);
            }
        }

        public boolean isEmpty() {
            return start == end;
        }
    }

    public Match {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad match span " + start + ".." + end);
        }
        captures = Map.copyOf(captures);
    }

    /** The code each name stands for, its continuation lines moved to the indentation of none (see {@link CaptureText}). */
    public Map<String, String> bindings(String text) {
        Map<String, String> out = new HashMap<>();
        captures.forEach((name, c) -> out.put(name, c.isEmpty() ? "" : CaptureText.of(text, c.start(), c.end())));
        return out;
    }
}
