package dev.gorewrite.golang;

import java.util.List;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The parser's input: a file's code tokens, all lexed beforehand, EOF last. ANTLR's buffered
 * stream checks at every look-ahead whether it must fetch more tokens (a tenth of the parse);
 * here every token is already there. Positions are places in the code tokens; the tokens keep
 * their own indexes among all of the file's tokens, which the texts between two tokens use.
 */
final class CodeTokenStream implements TokenStream {
    private final Token[] code;
    private final int[] types;
    private final List<Token> all;
    private final TokenSource source;
    private int p;

    /** {@code code}: the tokens of {@code all} on the parser's channel, in order, EOF last. */
    CodeTokenStream(List<Token> code, List<Token> all, TokenSource source) {
        this.code = code.toArray(new Token[0]);
        this.types = new int[this.code.length];
        for (int i = 0; i < types.length; i++) {
            types[i] = this.code[i].getType();
        }
        this.all = all;
        this.source = source;
    }

    @Override
    public Token LT(int k) {
        if (k == 0) {
            return null;
        }
        int i = k > 0 ? p + k - 1 : p + k;
        return i < 0 ? null : code[Math.min(i, code.length - 1)];
    }

    @Override
    public int LA(int k) {
        if (k == 0) {
            return 0;
        }
        int i = k > 0 ? p + k - 1 : p + k;
        return i < 0 ? Token.INVALID_TYPE : types[Math.min(i, types.length - 1)];
    }

    @Override
    public void consume() {
        if (types[p] == Token.EOF) {
            throw new IllegalStateException("cannot consume EOF");
        }
        p++;
    }

    @Override
    public Token get(int i) {
        return code[i];
    }

    @Override
    public int index() {
        return p;
    }

    @Override
    public void seek(int index) {
        p = Math.max(0, Math.min(index, code.length - 1));
    }

    @Override
    public int size() {
        return code.length;
    }

    @Override
    public int mark() {
        return -1; // everything stays in memory
    }

    @Override
    public void release(int marker) {
        // nothing to release
    }

    @Override
    public TokenSource getTokenSource() {
        return source;
    }

    @Override
    public String getSourceName() {
        return source.getSourceName();
    }

    /** The file's text from one token through another, hidden tokens between them included. */
    @Override
    public String getText(Token start, Token stop) {
        return start == null || stop == null ? "" : getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
    }

    @Override
    public String getText(Interval interval) {
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(0, interval.a); i <= interval.b && i < all.size(); i++) {
            Token t = all.get(i);
            if (t.getType() != Token.EOF) {
                out.append(t.getText());
            }
        }
        return out.toString();
    }

    @Override
    public String getText() {
        return getText(Interval.of(0, all.size() - 1));
    }

    @Override
    public String getText(RuleContext ctx) {
        return getText(ctx.getSourceInterval());
    }
}
