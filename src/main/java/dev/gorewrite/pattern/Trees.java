package dev.gorewrite.pattern;

/** Equality of code as patterns see it: the same nodes and tokens, whatever the spacing and comments. */
final class Trees {
    private Trees() {}

    static boolean same(Node a, Node b) {
        if (a.kind != b.kind || a.type != b.type || a.children.length != b.children.length) {
            return false;
        }
        if (a.isToken()) {
            return a.text.equals(b.text);
        }
        return sameRun(a.children, 0, b.children, 0, a.children.length);
    }

    static boolean sameRun(Node[] a, int aFrom, Node[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) {
            if (!same(a[aFrom + i], b[bFrom + i])) {
                return false;
            }
        }
        return true;
    }
}
