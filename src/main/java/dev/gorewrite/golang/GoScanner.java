package dev.gorewrite.golang;

import static dev.gorewrite.golang.antlr.GoLexer.*;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Go's tokens, scanned by hand: exactly the tokens that ANTLR's lexer generated from
 * grammar/GoLexer.g4 gives for any text (same types, channels, indexes, lines and columns, in the
 * same order, EOF included), without simulating the grammar's automaton character by character.
 * The grammar stays the specification: it gives the token types, the keywords and operators
 * (read from its vocabulary), and its lexer is the oracle the tests compare this one with.
 *
 * <p>Like ANTLR's char streams, indexes and columns count code points, not chars: a surrogate
 * pair is one code point; a lone surrogate (how {@link Utf8} keeps a stray byte) is one too.
 */
final class GoScanner implements TokenSource {
    /** Let go at the end of the text: every token holds the scanner (as its source) as long as it lives. */
    private char[] text;
    private final int end;
    private final boolean pairs;
    private final Pair<TokenSource, CharStream> origin;
    private TokenFactory<?> factory = CommonTokenFactory.DEFAULT;
    private int pos;
    private int index;
    private int line = 1;
    private int column;

    GoScanner(String text, String sourceName) {
        // A plain array, not the String: String.charAt on a text beyond Latin-1 costs a call per
        // char until the optimizing JIT compiles it, and bin/gorewrite runs the quick JIT only.
        this.text = text.toCharArray();
        this.end = this.text.length;
        this.pairs = hasSurrogatePair(this.text);
        CharStream stream = pairs ? CharStreams.fromString(text, sourceName) : new StringCharStream(text, sourceName);
        this.origin = new Pair<>(this, stream);
    }

    @Override
    public Token nextToken() {
        int start = pos;
        if (start == end) {
            text = null;
            return create(Token.EOF, Token.DEFAULT_CHANNEL, index, index - 1);
        }
        char c = text[start];
        int type = c < 0x80 ? ascii(c, start) : other(start);
        int length = pairs ? Character.codePointCount(text, start, pos - start) : pos - start;
        Token token = create(type, channel(type), index, index + length - 1);
        index += length;
        advance(type, start, length);
        return token;
    }

    /** A token at the current line and column, made as ANTLR's default factory makes it, without its two calls. */
    private Token create(int type, int channel, int start, int stop) {
        if (factory != CommonTokenFactory.DEFAULT) {
            return factory.create(origin, type, null, channel, start, stop, line, column);
        }
        CommonToken token = new CommonToken(origin, type, channel, start, stop);
        token.setLine(line);
        token.setCharPositionInLine(column);
        return token;
    }

    /** Scans the token that starts with ASCII {@code c}, sets {@link #pos} to its end and returns its type. */
    private int ascii(char c, int start) {
        switch (Ascii.KIND[c]) {
            case Ascii.LETTER: return word(start);
            case Ascii.DIGIT: return number(start);
            case Ascii.SPACE: return spaces(start);
            case Ascii.NEWLINE: pos = start + 1; return NEWLINE;
            case Ascii.DOUBLE_QUOTE: return quoted(start, c, STRING_LIT, UNTERMINATED_STRING);
            case Ascii.SINGLE_QUOTE: return quoted(start, c, RUNE_LIT, UNTERMINATED_RUNE);
            case Ascii.BACKQUOTE: return raw(start);
            case Ascii.SLASH: return slash(start);
            case Ascii.DOT: return kindAt(start + 1) == Ascii.DIGIT ? number(start) : operator(start);
            default: return operator(start);
        }
    }

    /** A token that starts with a char beyond ASCII: a BOM, a name, or one ILLEGAL code point. */
    private int other(int start) {
        int cp = Character.codePointAt(text, start);
        if (cp == '\uFEFF') {
            pos = start + 1;
            return BOM;
        }
        if (Character.isLetter(cp)) {
            return word(start);
        }
        pos = start + Character.charCount(cp);
        return ILLEGAL;
    }

    /** IDENTIFIER, or a keyword when the whole name is one (a longer name is an identifier). */
    private int word(int start) {
        int i = text[start] < 0x80 ? start + 1 : start + Character.charCount(Character.codePointAt(text, start));
        for (int step = nameStep(i); step > 0; step = nameStep(i)) {
            i += step;
        }
        pos = i;
        return Spellings.keyword(text, start, i);
    }

    /** The chars of the letter or digit at {@code i} (two for a surrogate pair), or 0 where no name goes on. */
    private int nameStep(int i) {
        if (i == end) {
            return 0;
        }
        char c = text[i];
        if (c < 0x80) {
            return Ascii.KIND[c] == Ascii.LETTER || Ascii.KIND[c] == Ascii.DIGIT ? 1 : 0;
        }
        int cp = Character.codePointAt(text, i);
        return Character.isLetter(cp) || Character.isDigit(cp) ? Character.charCount(cp) : 0;
    }

    private int number(int start) {
        pos = NumberLiterals.end(text, start);
        return NumberLiterals.type(text, start, pos);
    }

    private int spaces(int start) {
        int i = start + 1;
        while (kindAt(i) == Ascii.SPACE) {
            i++;
        }
        pos = i;
        return WS;
    }

    /**
     * A rune or string literal: to its closing quote, or UNTERMINATED_* up to the line's end. Any
     * char but a newline may follow a backslash; a backslash before a newline or the end of the
     * text ends an unterminated literal (and is then a token of its own).
     */
    private int quoted(int start, char quote, int closed, int open) {
        int i = start + 1;
        while (i < end) {
            char c = text[i];
            if (c == quote) {
                pos = i + 1;
                return closed;
            }
            if (c == '\n' || c == '\\' && (i + 1 == end || text[i + 1] == '\n')) {
                break;
            }
            i += c == '\\' ? 2 : 1;
        }
        pos = i;
        return open;
    }

    private int raw(int start) {
        int close = find('`', start + 1);
        pos = close < 0 ? end : close + 1;
        return close < 0 ? UNTERMINATED_RAW : RAW_STRING_LIT;
    }

    /** A comment (a block comment ends at the first star-slash; without one it runs to the end), or an operator. */
    private int slash(int start) {
        char next = start + 1 < end ? text[start + 1] : 0;
        if (next == '/') {
            int newline = find('\n', start + 2);
            pos = newline < 0 ? end : newline;
            return LINE_COMMENT;
        }
        if (next != '*') {
            return operator(start);
        }
        int close = commentEnd(start + 2);
        pos = close < 0 ? end : close;
        return close < 0 ? UNTERMINATED_COMMENT : BLOCK_COMMENT;
    }

    /** The longest operator spelled at {@code start}, or one ILLEGAL char. */
    private int operator(int start) {
        for (Spellings.Spelling s : Spellings.operatorsFrom(text[start])) {
            if (Spellings.spelledAt(text, start, s.text())) {
                pos = start + s.text().length();
                return s.type();
            }
        }
        pos = start + 1;
        return ILLEGAL;
    }

    /** The index of the first {@code c} from {@code from} on, or -1. */
    private int find(char c, int from) {
        for (int i = from; i < end; i++) {
            if (text[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** The index just past the first star-slash from {@code from} on, or -1. */
    private int commentEnd(int from) {
        for (int i = from; i + 1 < end; i++) {
            if (text[i] == '*' && text[i + 1] == '/') {
                return i + 2;
            }
        }
        return -1;
    }

    /** What the ASCII char at {@code i} can start; OTHER past the end and beyond ASCII. */
    private byte kindAt(int i) {
        return i < end && text[i] < 0x80 ? Ascii.KIND[text[i]] : Ascii.OTHER;
    }

    /** Moves the line and column past the token, as ANTLR does: a newline starts a line at column 0. */
    private void advance(int type, int start, int length) {
        int last = -1;
        if (type == NEWLINE || mayHoldNewlines(type)) {
            for (int i = start; i < pos; i++) {
                if (text[i] == '\n') {
                    line++;
                    last = i;
                }
            }
        }
        column = last < 0 ? column + length : pairs ? Character.codePointCount(text, last + 1, pos - last - 1) : pos - last - 1;
    }

    private static boolean mayHoldNewlines(int type) {
        return type == BLOCK_COMMENT || type == RAW_STRING_LIT || type == UNTERMINATED_RAW || type == UNTERMINATED_COMMENT;
    }

    private static int channel(int type) {
        boolean hidden = type == WS || type == NEWLINE || type == LINE_COMMENT || type == BLOCK_COMMENT || type == BOM;
        return hidden ? Token.HIDDEN_CHANNEL : Token.DEFAULT_CHANNEL;
    }

    private static boolean hasSurrogatePair(char[] text) {
        for (int i = 0; i + 1 < text.length; i++) {
            if (text[i] >= '\uD800' && text[i] <= '\uDBFF' && Character.isLowSurrogate(text[i + 1])) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public int getCharPositionInLine() {
        return column;
    }

    @Override
    public CharStream getInputStream() {
        return origin.b;
    }

    @Override
    public String getSourceName() {
        return origin.b.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        this.factory = factory;
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return factory;
    }

    /** What an ASCII char can start or continue. */
    private static final class Ascii {
        static final byte OTHER = 0;
        static final byte LETTER = 1;
        static final byte DIGIT = 2;
        static final byte SPACE = 3;
        static final byte DOUBLE_QUOTE = 4;
        static final byte BACKQUOTE = 5;
        static final byte SLASH = 6;
        static final byte DOT = 7;
        static final byte NEWLINE = 8;
        static final byte SINGLE_QUOTE = 9;
        static final byte[] KIND = kinds();

        private static byte[] kinds() {
            byte[] kinds = new byte[128];
            for (char c = 0; c < 128; c++) {
                kinds[c] = c == '_' || Character.isLetter(c) ? LETTER : Character.isDigit(c) ? DIGIT : OTHER;
            }
            kinds[' '] = kinds['\t'] = kinds['\r'] = kinds['\f'] = SPACE;
            kinds['"'] = DOUBLE_QUOTE;
            kinds['\''] = SINGLE_QUOTE;
            kinds['`'] = BACKQUOTE;
            kinds['/'] = SLASH;
            kinds['.'] = DOT;
            kinds['\n'] = NEWLINE;
            return kinds;
        }
    }
}
