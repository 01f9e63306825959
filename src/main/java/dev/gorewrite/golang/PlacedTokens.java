package dev.gorewrite.golang;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.antlr.v4.runtime.Token;

/**
 * A file's tokens with their places, kept as a few numbers per token: a {@link GoToken} (and its
 * text, cut from the file's text) is made when one is asked for. A GoToken and a String per token
 * were a fifth of the memory a parsed file held.
 */
final class PlacedTokens extends AbstractList<GoToken> implements RandomAccess {
    private static final int HIDDEN = 1 << 16;

    private final String text;
    /** Token type, with {@link #HIDDEN} set for a token off the parser's channel. */
    private final int[] kinds;
    /** Char offset in the text; one more entry than tokens, the text's length. */
    private final int[] offsets;
    private final int[] byteOffsets;
    private final int[] lines;
    /** Byte offset at which each line starts, line 1 at index 0. */
    private final int[] lineStarts;

    private PlacedTokens(String text, int[] kinds, int[] offsets, int[] byteOffsets, int[] lines, int[] lineStarts) {
        this.text = text;
        this.kinds = kinds;
        this.offsets = offsets;
        this.byteOffsets = byteOffsets;
        this.lines = lines;
        this.lineStarts = lineStarts;
    }

    /**
     * Places ANTLR's tokens (which tile {@code text}, EOF last) by walking their texts in order;
     * ANTLR's own indexes count code points and its columns count characters.
     */
    static PlacedTokens of(String text, List<Token> tokens) {
        int n = tokens.size();
        int[] kinds = new int[n];
        int[] offsets = new int[n + 1];
        int[] byteOffsets = new int[n];
        int[] lines = new int[n];
        LineStarts starts = new LineStarts();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            kinds[i] = (t.getType() & 0xFFFF) | (t.getChannel() != Token.DEFAULT_CHANNEL ? HIDDEN : 0);
            offsets[i] = starts.offset;
            byteOffsets[i] = starts.byteOffset;
            lines[i] = starts.line;
            starts.advance(t.getType() == Token.EOF ? "" : t.getText());
        }
        offsets[n] = starts.offset;
        return new PlacedTokens(text, kinds, offsets, byteOffsets, lines, starts.lineStarts());
    }

    @Override
    public GoToken get(int i) {
        int kind = kinds[i];
        int type = (short) (kind & 0xFFFF);
        String tokenText = text.substring(offsets[i], offsets[i + 1]);
        int column = byteOffsets[i] - lineStarts[lines[i] - 1] + 1;
        return new GoToken(type, tokenText, offsets[i], byteOffsets[i], lines[i], column, (kind & HIDDEN) != 0);
    }

    @Override
    public int size() {
        return kinds.length;
    }

    /** The place after the tokens walked so far. */
    private static final class LineStarts {
        int offset;
        int byteOffset;
        int line = 1;
        private int[] starts = new int[64];

        /** Moves past a token; its text is encoded piece by piece, a newline never splits a character. */
        void advance(String tokenText) {
            int from = 0;
            for (int i = tokenText.indexOf('\n'); i >= 0; i = tokenText.indexOf('\n', i + 1)) {
                byteOffset += Utf8.encodedLength(tokenText.substring(from, i + 1));
                from = i + 1;
                lineStart(byteOffset);
            }
            byteOffset += Utf8.encodedLength(from == 0 ? tokenText : tokenText.substring(from));
            offset += tokenText.length();
        }

        private void lineStart(int at) {
            if (line == starts.length) {
                starts = java.util.Arrays.copyOf(starts, line * 2);
            }
            starts[line++] = at;
        }

        int[] lineStarts() {
            return java.util.Arrays.copyOf(starts, line);
        }
    }
}
