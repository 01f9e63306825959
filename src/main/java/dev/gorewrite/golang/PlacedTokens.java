package dev.gorewrite.golang;

import dev.gorewrite.golang.antlr.GoLexer;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.antlr.v4.runtime.Token;

/**
 * A file's tokens with their places, kept as a few numbers per token: a {@link GoToken} (and its
 * text, cut from the file's text) is made when one is asked for. A GoToken and a String per token
 * were a fifth of the memory a parsed file held. Passes over every token read the numbers
 * ({@link #type}, {@link #offset}, …) and make no GoToken at all.
 */
public final class PlacedTokens extends AbstractList<GoToken> implements RandomAccess {
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
     * Places ANTLR's tokens (which tile {@code text}, EOF last); {@code byteCount} is the length of
     * the file's bytes. ANTLR's indexes count code points, and its columns count characters; where
     * each char is one code point and one byte (the bytes are as many as the chars: ASCII, with
     * perhaps bytes that are not UTF-8), its indexes are the offsets.
     */
    static PlacedTokens of(String text, int byteCount, List<Token> tokens) {
        Placed placed = byteCount == text.length() ? byIndexes(text, tokens) : byWalk(text, tokens);
        return placed != null ? placed.in(text) : byTexts(text, tokens).in(text);
    }

    /** The arrays a {@link PlacedTokens} is made of, as they are filled. */
    private record Placed(int[] kinds, int[] offsets, int[] byteOffsets, int[] lines, int[] lineStarts) {
        Placed(int n) {
            this(new int[n], new int[n + 1], new int[n], new int[n], null);
        }

        void put(int i, Token t, int offset, int byteOffset, int line) {
            kinds[i] = (t.getType() & 0xFFFF) | (t.getChannel() != Token.DEFAULT_CHANNEL ? HIDDEN : 0);
            offsets[i] = offset;
            byteOffsets[i] = byteOffset;
            lines[i] = line;
        }

        Placed ending(int offset, int[] lineStarts) {
            offsets[offsets.length - 1] = offset;
            return new Placed(kinds, offsets, byteOffsets, lines, lineStarts);
        }

        PlacedTokens in(String text) {
            return new PlacedTokens(text, kinds, offsets, byteOffsets, lines, lineStarts);
        }
    }

    /**
     * A char per code point and per byte: each token starts where its index says, and its line is
     * found among line starts that indexOf finds (far faster than a loop over the chars). Null
     * when the tokens do not tile the text.
     */
    private static Placed byIndexes(String text, List<Token> tokens) {
        int[] starts = lineStarts(text);
        Placed placed = new Placed(tokens.size());
        int next = 0;
        int line = 1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int at = t.getType() == Token.EOF ? text.length() : t.getStartIndex();
            if (at != next) {
                return null;
            }
            while (line < starts.length && starts[line] <= at) {
                line++;
            }
            placed.put(i, t, at, at, line);
            next = t.getType() == Token.EOF ? at : t.getStopIndex() + 1;
        }
        return next == text.length() ? placed.ending(next, starts) : null;
    }

    /** Where each line of {@code text} starts, as char offsets: two passes of indexOf, which runs far faster than a loop over the chars. */
    public static int[] lineStarts(String text) {
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        int[] starts = new int[count];
        int n = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[n++] = i + 1;
        }
        return starts;
    }

    /** Any text: a walk over it to the code point where each token ends. Null when the tokens do not tile it. */
    private static Placed byWalk(String text, List<Token> tokens) {
        Placed placed = new Placed(tokens.size());
        Walk walk = new Walk(text);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            placed.put(i, t, walk.offset, walk.byteOffset, walk.line);
            boolean tiles = t.getType() == Token.EOF || t.getStartIndex() == walk.codePoint
                    && walk.toCodePoint(t.getStopIndex() + 1);
            if (!tiles) {
                return null;
            }
        }
        return walk.offset == text.length() ? placed.ending(walk.offset, walk.lineStarts()) : null;
    }

    /** The tokens placed by walking their texts in order: for tokens whose indexes do not tile the text. */
    private static Placed byTexts(String text, List<Token> tokens) {
        Placed placed = new Placed(tokens.size());
        StringBuilder joined = new StringBuilder(text.length());
        Walk walk = new Walk(joined);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            placed.put(i, t, walk.offset, walk.byteOffset, walk.line);
            joined.append(t.getType() == Token.EOF ? "" : t.getText());
            walk.toChar(joined.length());
        }
        return placed.ending(walk.offset, walk.lineStarts());
    }

    @Override
    public GoToken get(int i) {
        int column = byteOffsets[i] - lineStarts[lines[i] - 1] + 1;
        return new GoToken(type(i), text(i), offsets[i], byteOffsets[i], lines[i], column, hidden(i));
    }

    @Override
    public int size() {
        return kinds.length;
    }

    public int type(int i) {
        return (short) (kinds[i] & 0xFFFF);
    }

    /** Off the parser's channel: spaces, newlines, comments. */
    public boolean hidden(int i) {
        return (kinds[i] & HIDDEN) != 0;
    }

    public boolean isComment(int i) {
        return type(i) == GoLexer.LINE_COMMENT || type(i) == GoLexer.BLOCK_COMMENT;
    }

    /** The char offset in the file's text where token {@code i} starts. */
    public int offset(int i) {
        return offsets[i];
    }

    public int end(int i) {
        return offsets[i + 1];
    }

    public int line(int i) {
        return lines[i];
    }

    public String text(int i) {
        return text.substring(offsets[i], offsets[i + 1]);
    }

    /** Whether the token's text is {@code s}, told without copying the text out. */
    public boolean textEquals(int i, String s) {
        return offsets[i + 1] - offsets[i] == s.length() && text.startsWith(s, offsets[i]);
    }

    /** Whether the token is empty or only white space (as {@code text(i).isBlank()}, without the copy). */
    public boolean isBlank(int i) {
        for (int c = offsets[i]; c < offsets[i + 1]; c++) {
            if (!Character.isWhitespace(text.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    /** A place in the text, walked forward: char offset, code point index, byte offset and line. */
    private static final class Walk {
        private final CharSequence text;
        int offset;
        int codePoint;
        int byteOffset;
        int line = 1;
        private int[] starts = new int[64];

        Walk(CharSequence text) {
            this.text = text;
        }

        /** Moves to code point {@code target}; false if the text ends first. */
        boolean toCodePoint(int target) {
            while (codePoint < target && offset < text.length()) {
                step();
            }
            return codePoint == target;
        }

        void toChar(int target) {
            while (offset < target) {
                step();
            }
        }

        /** One code point on, counting its bytes as {@link Utf8#encode} writes them. */
        private void step() {
            char c = text.charAt(offset);
            int chars = 1;
            if (c < 0x80) {
                byteOffset++;
            } else if (c < 0x800) {
                byteOffset += 2;
            } else if (Character.isHighSurrogate(c) && offset + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(offset + 1))) {
                byteOffset += 4;
                chars = 2;
            } else {
                byteOffset += Utf8.encodedLength(text.subSequence(offset, offset + 1));
            }
            offset += chars;
            codePoint++;
            if (c == '\n') {
                lineStart(byteOffset);
            }
        }

        private void lineStart(int at) {
            if (line == starts.length) {
                starts = Arrays.copyOf(starts, line * 2);
            }
            starts[line++] = at;
        }

        int[] lineStarts() {
            return Arrays.copyOf(starts, line);
        }
    }
}
