package dev.gorewrite.report;

import java.nio.charset.StandardCharsets;

/**
 * A path as git writes it in a diff header: as it is when it is plain, else in double quotes with
 * C escapes (`\t`, `\n`, `\"`, `\\`) and every other control or non-ASCII byte as three octal
 * digits of its UTF-8 encoding, as git's default `core.quotePath` does; `git apply` reads both.
 */
final class GitPath {
    private GitPath() {}

    /** {@code prefix} (`a/` or `b/`) and the path, quoted when git would quote it. */
    static String of(String prefix, String path) {
        String whole = prefix + path;
        return needsQuotes(whole) ? quoted(whole) : whole;
    }

    private static boolean needsQuotes(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c >= 0x80 || c == '"' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 || c >= 0x7f ? String.format(java.util.Locale.ROOT, "\\%03o", c) : (char) c);
            }
        }
        return out.append('"').toString();
    }
}
