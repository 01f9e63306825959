package dev.gorewrite.edit;

/**
 * Keeps the blank lines around a deleted block the way gofmt would leave them, so that deleting a
 * block does not leave a hole of two blank lines or a blank line hanging inside braces.
 */
public final class BlankLines {

    private BlankLines() {}

    /**
     * Widens the deletion of the whole lines {@code [start, end)} over the blank lines (only spaces,
     * tabs and '\r') that touch it, so that afterwards at most one blank line separates the code
     * above from the code below, and none remains right after a line ending in '{' or '(', right
     * before a line starting with '}' or ')', or at the start or end of the text (gofmt removes
     * those in blocks and in grouped declarations such as {@code var ( … )}). When one blank line stays, it is
     * the first one above the block, else the last one below: the lines kept are the file's own.
     */
    public static Edit widenDeletion(String text, int start, int end) {
        checkLineStart(text, start, "start");
        checkLineStart(text, end, "end");
        if (end < start) {
            throw new IllegalArgumentException("deletion end " + end + " is before its start " + start);
        }
        if (start == end) {
            return Edit.delete(start, end); // nothing deleted, so no gap to tidy
        }
        int top = start;
        while (top > 0 && isBlankLine(text, Indentation.lineStart(text, top - 1))) {
            top = Indentation.lineStart(text, top - 1);
        }
        int bottom = end;
        while (bottom < text.length() && isBlankLine(text, bottom)) {
            bottom = Indentation.nextLineStart(text, bottom);
        }
        boolean anyBlank = top < start || bottom > end;
        if (!anyBlank || opensBlock(text, top) || closesBlock(text, bottom)) {
            return Edit.delete(top, bottom);
        }
        if (top < start) {
            return Edit.delete(Indentation.nextLineStart(text, top), bottom);
        }
        return Edit.delete(start, Indentation.lineStart(text, bottom - 1));
    }

    private static boolean isBlankLine(String text, int lineStart) {
        return Indentation.isBlank(text.subSequence(lineStart, Indentation.nextLineStart(text, lineStart)));
    }

    /** Whether the line just above {@code lineStart} ends in '{' or '(' (the text's start counts too). */
    private static boolean opensBlock(String text, int lineStart) {
        int i = lineStart - 1;
        while (i >= 0 && isSpace(text.charAt(i))) {
            i--;
        }
        return i < 0 || text.charAt(i) == '{' || text.charAt(i) == '(';
    }

    /** Whether the line at {@code lineStart} starts with '}' or ')' (the text's end counts too). */
    private static boolean closesBlock(String text, int lineStart) {
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i == text.length() || text.charAt(i) == '}' || text.charAt(i) == ')';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static void checkLineStart(String text, int offset, String which) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("deletion " + which + " " + offset
                    + " outside text of length " + text.length());
        }
        boolean atLineStart = offset == 0 || offset == text.length() || text.charAt(offset - 1) == '\n';
        if (!atLineStart) {
            throw new IllegalArgumentException("deletion " + which + " " + offset + " is not at a line start");
        }
    }
}
