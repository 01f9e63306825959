package dev.gorewrite.golang;

import dev.gorewrite.golang.antlr.GoLexer;
import java.util.List;
import java.util.Objects;

/**
 * One token of a Go file, hidden ones included. {@code offset} is the index in {@link GoFile#text()},
 * {@code byteOffset} the index in the file's bytes; line and column are 1-based, the column in bytes.
 * Automatically inserted semicolons are SEMI tokens whose text is the newline they replace, or
 * empty where they stand before a multi-line comment or at the end of the file.
 */
public record GoToken(int type, String text, int offset, int byteOffset, int line, int column, boolean hidden) {
    public GoToken {
        Objects.requireNonNull(text, "text");
        if (offset < 0 || byteOffset < 0 || line < 1 || column < 1) {
            throw new IllegalArgumentException("bad token position " + line + ":" + column);
        }
    }

    public int end() {
        return offset + text.length();
    }

    public boolean isSemicolon() {
        return type == GoLexer.SEMI;
    }

    public boolean isImplicitSemicolon() {
        return type == GoLexer.SEMI && !text.equals(";");
    }

    public boolean isComment() {
        return type == GoLexer.LINE_COMMENT || type == GoLexer.BLOCK_COMMENT;
    }

    /** The index of the first of {@code tokens} (in text order) at or after a char offset; their size if none. */
    public static int firstAtOrAfter(List<GoToken> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).offset() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public boolean isNewline() {
        return type == GoLexer.NEWLINE || (type == GoLexer.SEMI && text.endsWith("\n"));
    }
}
