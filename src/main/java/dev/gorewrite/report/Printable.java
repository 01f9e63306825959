package dev.gorewrite.report;

import java.util.Locale;

/**
 * Text made safe to show on a terminal. A file name, a guide's wording or a byte of a Go file may
 * hold ESC and other control characters; printed raw they would move the cursor, recolour or
 * retitle the terminal, or hide what follows. Each one is written instead as a visible escape:
 * {@code \t \r \n} for those three, {@code \xHH} for the other ASCII controls and for a byte that
 * is not UTF-8 (the lone surrogate {@code Utf8.decode} gives it), a backslash-u escape for C1
 * controls, other lone surrogates and the bidirectional controls that reorder what a reader sees.
 * The output holds no control character, so escaping twice changes nothing.
 */
public final class Printable {
    private Printable() {}

    /** A single value (a cell, a name): every control character escaped, tabs and line breaks too. */
    public static String value(String text) {
        return escape(text, false);
    }

    /** One line of output: as {@link #value}, but tabs stay (Go code is indented with them). */
    public static String line(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepTabs) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (paired(text, i) || !unsafe(c, keepTabs)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            out.append(visible(c));
        }
        return out == null ? text : out.toString();
    }

    /** Whether the char at {@code i} is half of a surrogate pair: a character beyond U+FFFF, not a control. */
    private static boolean paired(String text, int i) {
        char c = text.charAt(i);
        return i + 1 < text.length() && Character.isSurrogatePair(c, text.charAt(i + 1))
                || i > 0 && Character.isSurrogatePair(text.charAt(i - 1), c);
    }

    private static boolean unsafe(char c, boolean keepTabs) {
        if (c == '\t') {
            return !keepTabs;
        }
        return c < 0x20 || c == 0x7F || c >= 0x80 && c <= 0x9F || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069 || Character.isSurrogate(c);
    }

    private static String visible(char c) {
        return switch (c) {
            case '\t' -> "\\t";
            case '\r' -> "\\r";
            case '\n' -> "\\n";
            default -> c < 0x80 ? hex("\\x%02x", c)
                    : c >= 0xDC80 && c <= 0xDCFF ? hex("\\x%02x", c - 0xDC00) // a byte that is not UTF-8
                    : hex("\\u%04x", c);
        };
    }

    private static String hex(String format, int value) {
        return String.format(Locale.ROOT, format, value);
    }
}
