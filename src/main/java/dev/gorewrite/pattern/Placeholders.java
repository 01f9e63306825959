package dev.gorewrite.pattern;

/**
 * How a pattern's `$NAME`, `$...NAME` and `...` reach the Go parser: as names that start with a
 * letter Go code does not use, each as long as what it stands for (so offsets stay the same), and
 * parse wherever a name may stand: an expression, a type, a statement, a parameter, a field.
 */
final class Placeholders {
    /** U+01C2, a letter (so a Go name may start with it) that no real code spells. */
    static final char MARK = '\u01C2';
    private static final String WILDCARD = String.valueOf(MARK).repeat(3);
    private static final String NAMED_WILDCARD = WILDCARD + MARK;

    private Placeholders() {}

    static String metavariable(String name) {
        return MARK + name;
    }

    static String namedWildcard(String name) {
        return NAMED_WILDCARD + name;
    }

    static String wildcard() {
        return WILDCARD;
    }

    /** `$NAME`, `$...NAME`, or `...` for a placeholder's text. */
    static String nameOf(String placeholder) {
        if (placeholder.equals(WILDCARD)) {
            return "...";
        }
        if (placeholder.startsWith(NAMED_WILDCARD)) {
            return "$..." + placeholder.substring(NAMED_WILDCARD.length());
        }
        return "$" + placeholder.substring(1);
    }

    static boolean isWildcard(String placeholder) {
        return placeholder.startsWith(WILDCARD);
    }

    static boolean isAnonymous(String placeholder) {
        return placeholder.equals(WILDCARD) || placeholder.equals(MARK + "_");
    }
}
