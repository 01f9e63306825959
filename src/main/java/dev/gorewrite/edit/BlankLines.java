package dev.gorewrite.edit;

/**
 * Keeps the blank lines around a deleted block the way gofmt would leave them, so that deleting a
 * block does not leave a hole of two blank lines or a blank line hanging inside braces. Lines are
 * judged by their tokens ({@link LineModel}): a `{` closing a comment opens no block.
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
        return widenDeletion(LineModel.of(text), start, end);
    }

    /** As {@link #widenDeletion(String, int, int)}, on a file's lines (read from its tokens). */
    public static Edit widenDeletion(LineModel lines, int start, int end) {
        String text = lines.text();
        checkLineStart(text, start, "start");
        checkLineStart(text, end, "end");
        if (end < start) {
            throw new IllegalArgumentException("deletion end " + end + " is before its start " + start);
        }
        if (start == end) {
            return Edit.delete(start, end); // nothing deleted, so no gap to tidy
        }
        int top = lines.lineOf(start);
        while (top > 1 && lines.isBlank(top - 1)) {
            top--;
        }
        int bottom = end == text.length() ? lines.count() + 1 : lines.lineOf(end);
        while (bottom <= lines.count() && lines.end(bottom) > lines.start(bottom) && lines.isBlank(bottom)) {
            bottom++;
        }
        int topAt = lines.start(top);
        int bottomAt = bottom > lines.count() ? text.length() : lines.start(bottom);
        boolean anyBlank = topAt < start || bottomAt > end;
        boolean opened = top == 1 || lines.opens(top - 1);
        boolean closed = bottomAt == text.length() || lines.closes(bottom);
        if (!anyBlank || opened || closed) {
            return Edit.delete(topAt, bottomAt);
        }
        if (topAt < start) {
            return Edit.delete(lines.end(top), bottomAt);
        }
        return Edit.delete(start, lines.start(bottom - 1));
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
