package dev.gorewrite.engine;

import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.GoToken;
import java.util.Arrays;

/**
 * A file's lines as its tokens lay them out: where each starts, and whether it is blank, a comment
 * line or code. Read from tokens, not from text, so a line inside a raw string that happens to
 * start with `//` is code, and a line inside a block comment is a comment line.
 */
final class SourceLines {
    private enum Kind { BLANK, COMMENT, CODE }

    private final String text;
    private final int[] starts;
    private final Kind[] kinds;

    SourceLines(GoFile file) {
        this.text = file.text();
        this.starts = lineStarts(text);
        this.kinds = new Kind[starts.length];
        Arrays.fill(kinds, Kind.BLANK);
        for (GoToken t : file.tokens()) {
            if (!t.text().isBlank()) {
                mark(t);
            }
        }
    }

    /** The token decides the line it starts on if nothing came before it there, and every line it continues on. */
    private void mark(GoToken t) {
        Kind kind = t.isComment() ? Kind.COMMENT : Kind.CODE;
        if (kinds[t.line() - 1] == Kind.BLANK) {
            kinds[t.line() - 1] = kind;
        }
        int last = lineOf(t.end() - 1);
        for (int line = t.line() + 1; line <= last; line++) {
            kinds[line - 1] = kind;
        }
    }

    int count() {
        return starts.length;
    }

    boolean isComment(int line) {
        return line >= 1 && line <= starts.length && kinds[line - 1] == Kind.COMMENT;
    }

    boolean isBlank(int line) {
        return line >= 1 && line <= starts.length && kinds[line - 1] == Kind.BLANK;
    }

    /** The 1-based line holding char {@code offset}. */
    int lineOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    int start(int line) {
        return starts[line - 1];
    }

    /** Offset just after the line's newline (or the end of the text). */
    int end(int line) {
        return line < starts.length ? starts[line] : text.length();
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[n++] = i + 1;
            }
        }
        return starts;
    }
}
