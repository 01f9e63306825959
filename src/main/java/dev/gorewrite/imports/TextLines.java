package dev.gorewrite.imports;

/** Line arithmetic on a file's text: a line runs from its start through its '\n' (so CRLF stays whole). */
final class TextLines {
    private final String text;

    TextLines(String text) {
        this.text = text;
    }

    int startOf(int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** Just after the '\n' that ends the line of {@code offset}; the text's end on a last line without one. */
    int endOf(int offset) {
        int newline = text.indexOf('\n', offset);
        return newline < 0 ? text.length() : newline + 1;
    }

    /** The line that starts at {@code lineStart} holds only blanks (a file's end counts as no line, not a blank one). */
    boolean isBlank(int lineStart) {
        return lineStart < text.length() && text.substring(lineStart, endOf(lineStart)).isBlank();
    }

    /** The start of the line before the one that starts at {@code lineStart}; -1 on the first line. */
    int previous(int lineStart) {
        return lineStart == 0 ? -1 : startOf(lineStart - 1);
    }

    boolean isCommentOnly(int lineStart) {
        return lineStart >= 0 && lineStart < text.length()
                && text.substring(lineStart, endOf(lineStart)).strip().startsWith("//");
    }

    String indentOf(int offset) {
        int start = startOf(offset);
        int i = start;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(start, i);
    }

    /** What follows {@code offset} on its line, without the line break. */
    String restOfLine(int offset) {
        return text.substring(offset, endOf(offset)).replaceFirst("\r?\n$", "");
    }

    String text() {
        return text;
    }
}
