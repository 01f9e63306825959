package dev.gorewrite.guide;

import java.util.ArrayList;
import java.util.List;

/**
 * Recipe YAML written line by line: comments (which a YAML library would drop), double-quoted
 * scalars, and code as literal block scalars so that a pattern's lines stay the file's lines.
 * Lines written while {@link #commentedOut} is on get "# " after their first two columns, so that
 * removing it restores a list item exactly.
 */
final class YamlText {
    private final List<String> lines = new ArrayList<>();
    private boolean commentedOut;

    void commentedOut(boolean on) {
        commentedOut = on;
    }

    void comment(int indent, String text) {
        for (String line : text.split("\n", -1)) {
            lines.add(" ".repeat(indent) + ("# " + line).stripTrailing());
        }
    }

    /** {@code key: "value"}. */
    void scalar(int indent, String key, String value) {
        add(indent, key + ": " + quoted(value));
    }

    void raw(int indent, String text) {
        add(indent, text);
    }

    /** {@code key: |} and the code's lines two columns deeper (an indicator when the first line is indented). */
    void block(int indent, String key, String code) {
        List<String> body = code.stripTrailing().lines().toList();
        boolean indented = !body.isEmpty() && (body.get(0).startsWith(" ") || body.get(0).startsWith("\t"));
        add(indent, key + ": |" + (indented ? "2" : ""));
        for (String line : body) {
            add(indent + 2, line.isBlank() ? "" : line);
        }
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }

    private void add(int indent, String text) {
        if (commentedOut) {
            int keep = Math.min(indent, 2);
            lines.add((" ".repeat(keep) + "# " + " ".repeat(indent - keep) + text).stripTrailing());
        } else {
            lines.add((" ".repeat(indent) + text).stripTrailing());
        }
    }

    /** A double-quoted YAML scalar: backslash, quote and control characters escaped. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c == 0x7F ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
