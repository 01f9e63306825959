package dev.gorewrite.golang;

import static dev.gorewrite.golang.antlr.GoLexer.*;

import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * The spec's automatic semicolons, applied to the lexer's output: after a line's final token, if
 * that token is an identifier, a literal, one of {@code break continue fallthrough return}, one of
 * {@code ++ -- ) ] }}, the newline becomes a SEMI (text kept, so nothing is lost). A block comment
 * spanning lines acts like a newline and, like the end of the file, gets an empty SEMI before it.
 */
final class SemicolonInserter implements TokenSource {
    private final TokenSource lexer;
    private final Deque<Token> pending = new ArrayDeque<>(2);
    private final HeapGuard heap;
    private boolean lastEndsLine;

    SemicolonInserter(TokenSource lexer, HeapGuard heap) {
        this.lexer = lexer;
        this.heap = heap;
    }

    @Override
    public Token nextToken() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        heap.tick();
        Token token = lexer.nextToken();
        int type = token.getType();
        if (lastEndsLine) {
            if (type == NEWLINE) {
                ((CommonToken) token).setType(SEMI);
                ((CommonToken) token).setChannel(Token.DEFAULT_CHANNEL);
                lastEndsLine = false;
                return token;
            }
            if (type == Token.EOF || (type == BLOCK_COMMENT && token.getText().indexOf('\n') >= 0)) {
                lastEndsLine = false;
                pending.add(token);
                return emptySemicolonBefore(token);
            }
        }
        if (token.getChannel() == Token.DEFAULT_CHANNEL) {
            lastEndsLine = endsLine(type);
        }
        return token;
    }

    private Token emptySemicolonBefore(Token next) {
        int start = next.getStartIndex();
        CommonToken semi = new CommonToken(new Pair<>(this, lexer.getInputStream()), SEMI,
                Token.DEFAULT_CHANNEL, start, start - 1);
        semi.setText("");
        semi.setLine(next.getLine());
        semi.setCharPositionInLine(next.getCharPositionInLine());
        return semi;
    }

    private static boolean endsLine(int type) {
        switch (type) {
            case IDENTIFIER, INT_LIT, FLOAT_LIT, IMAGINARY_LIT, RUNE_LIT, STRING_LIT, RAW_STRING_LIT,
                    BREAK, CONTINUE, FALLTHROUGH, RETURN, INC, DEC, R_PAREN, R_BRACKET, R_CURLY:
                return true;
            default:
                return false;
        }
    }

    @Override
    public int getLine() {
        return lexer.getLine();
    }

    @Override
    public int getCharPositionInLine() {
        return lexer.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
        return lexer.getInputStream();
    }

    @Override
    public String getSourceName() {
        return lexer.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        lexer.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return lexer.getTokenFactory();
    }
}
