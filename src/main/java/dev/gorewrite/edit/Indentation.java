package dev.gorewrite.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits code written in a recipe to the place it lands: the recipe author indents however YAML
 * makes convenient (tabs, 2 or 4 spaces, the whole block shifted right), the file decides the
 * real indentation and line ending. Also finds lines and their indentation in a file's text.
 * A line's "\r" (of "\r\n") is never part of its indentation or content.
 */
public final class Indentation {
    private static final String SPACES_PER_LEVEL = "    ";

    private Indentation() {}

    /**
     * Re-indents {@code snippet}: its common leading whitespace is removed, what remains on each
     * line is read as nesting levels (a tab is one level; for spaces the unit is the smallest
     * space indentation of any line), and each line is written as {@code indent}, one tab or four
     * spaces per level, then its content. Spaces beyond a whole number of levels are kept as
     * spaces, since they align rather than nest. Blank lines become empty; lines are joined by
     * {@code lineSeparator}, so a snippet ending in a newline still ends in one.
     */
    public static String fit(String snippet, String indent, String lineSeparator, boolean useTabs) {
        List<String> lines = new ArrayList<>();
        for (String line : snippet.split("\n", -1)) {
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        String common = commonIndentation(lines);
        int unit = spaceUnit(lines, common.length());
        String level = useTabs ? "\t" : SPACES_PER_LEVEL;
        List<String> fitted = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (isBlank(line)) {
                fitted.add("");
                continue;
            }
            String relative = leadingWhitespace(line).substring(common.length());
            int tabs = count(relative, '\t');
            int spaces = relative.length() - tabs;
            fitted.add(indent + level.repeat(tabs + spaces / unit) + " ".repeat(spaces % unit)
                    + line.substring(common.length() + relative.length()));
        }
        return String.join(lineSeparator, fitted);
    }

    /** The spaces and tabs that start the line containing {@code offset}. */
    public static String indentOfLine(String text, int offset) {
        int start = lineStart(text, offset);
        return text.substring(start, endOfIndentation(text, start));
    }

    /** Offset of the first char of the line containing {@code offset}. */
    public static int lineStart(String text, int offset) {
        checkOffset(text, offset);
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /**
     * Offset just after the '\n' that ends the line containing {@code offset} (a '\n' belongs to
     * the line it ends), or the text's length if that line is the last one.
     */
    public static int nextLineStart(String text, int offset) {
        checkOffset(text, offset);
        int newline = text.indexOf('\n', offset);
        return newline < 0 ? text.length() : newline + 1;
    }

    /** The longest whitespace prefix shared by all non-blank lines, compared char by char. */
    private static String commonIndentation(List<String> lines) {
        String common = null;
        for (String line : lines) {
            if (isBlank(line)) {
                continue;
            }
            String own = leadingWhitespace(line);
            if (common == null) {
                common = own;
                continue;
            }
            int shared = 0;
            while (shared < common.length() && shared < own.length()
                    && common.charAt(shared) == own.charAt(shared)) {
                shared++;
            }
            common = common.substring(0, shared);
        }
        return common == null ? "" : common;
    }

    /** Smallest non-zero count of spaces in a line's relative indentation; 4 if none has any. */
    private static int spaceUnit(List<String> lines, int commonLength) {
        int unit = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!isBlank(line)) {
                String relative = leadingWhitespace(line).substring(commonLength);
                int spaces = relative.length() - count(relative, '\t');
                if (spaces > 0) {
                    unit = Math.min(unit, spaces);
                }
            }
        }
        return unit == Integer.MAX_VALUE ? SPACES_PER_LEVEL.length() : unit;
    }

    private static String leadingWhitespace(String line) {
        return line.substring(0, endOfIndentation(line, 0));
    }

    private static int endOfIndentation(String text, int from) {
        int end = from;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return end;
    }

    static boolean isBlank(CharSequence line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return false;
            }
        }
        return true;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static void checkOffset(String text, int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside text of length " + text.length());
        }
    }
}
