package dev.gorewrite.pattern;

import java.util.Optional;

/** Where two pattern trees first differ (kind, token type, text, element flag, token span, children), if they do. */
final class SameNodes {
    private SameNodes() {}

    static Optional<String> firstDifference(Node a, Node b) {
        return difference(a, b, "root");
    }

    private static Optional<String> difference(Node a, Node b, String where) {
        if (a == null || b == null) {
            return a == b ? Optional.empty() : Optional.of(where + ": " + a + " against " + b);
        }
        if (a.kind != b.kind || a.type != b.type || a.element != b.element || a.first != b.first || a.last != b.last
                || a.children.length != b.children.length || a.isToken() && !a.text.equals(b.text)) {
            return Optional.of(where + ": " + describe(a) + " against " + describe(b));
        }
        for (int i = 0; i < a.children.length; i++) {
            Optional<String> inside = difference(a.children[i], b.children[i], where + "/" + i);
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }

    private static String describe(Node n) {
        return n + " (kind " + n.kind + ", type " + n.type + ", element " + n.element + ", " + n.children.length + " children)";
    }
}
