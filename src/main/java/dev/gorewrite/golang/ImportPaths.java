package dev.gorewrite.golang;

/** The spec's restrictions on import paths, which go/parser enforces. */
final class ImportPaths {
    private static final String FORBIDDEN = "!\"#$%&'()*,:;<=>?[\\]^`{|}\uFFFD";

    private ImportPaths() {}

    /** {@code literal} is the import's string literal as written, quotes included. */
    static boolean isValid(String literal) {
        String path = GoStrings.unquote(literal);
        if (path == null || path.isEmpty()) {
            return false;
        }
        for (int i = 0; i < path.length(); ) {
            int cp = path.codePointAt(i);
            if (!Character.isLetterOrDigit(cp) && !isGraphicPunct(cp) || Character.isWhitespace(cp)
                    || FORBIDDEN.indexOf(cp) >= 0 || (cp >= 0xDC80 && cp <= 0xDCFF)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isGraphicPunct(int cp) {
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.UNASSIGNED && type != Character.SPACE_SEPARATOR
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && type != Character.FORMAT && type != Character.SURROGATE && type != Character.PRIVATE_USE;
    }
}
