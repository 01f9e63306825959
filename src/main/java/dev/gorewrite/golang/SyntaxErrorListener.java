package dev.gorewrite.golang;

import static dev.gorewrite.golang.antlr.GoLexer.*;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Collects the parser's complaints as Go-style messages ("expected X, found Y") at the offending
 * token. Only the first error of a line is kept: ANTLR's recovery tends to report one mistake
 * several times, and a person fixes the first one first.
 */
final class SyntaxErrorListener extends BaseErrorListener {
    private static final int MAX_ERRORS = 10;
    private static final int MAX_EXPECTED_SHOWN = 4;

    /** An error at a token index; the file turns the index into a line and byte column. */
    record Raw(int tokenIndex, String message) {}

    private final List<Raw> errors = new ArrayList<>();
    private int lastLine = -1;

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
            String antlrMessage, RecognitionException e) {
        if (!(offendingSymbol instanceof Token token) || line == lastLine || errors.size() >= MAX_ERRORS) {
            return;
        }
        lastLine = line;
        errors.add(new Raw(token.getTokenIndex(), message(recognizer, token)));
    }

    List<Raw> errors() {
        return errors;
    }

    private static String message(Recognizer<?, ?> recognizer, Token found) {
        String broken = brokenToken(found);
        if (broken != null) {
            return broken;
        }
        IntervalSet expected = recognizer instanceof Parser parser ? parser.getExpectedTokens() : null;
        if (expected != null && !expected.isNil() && expected.size() <= MAX_EXPECTED_SHOWN) {
            List<String> names = new ArrayList<>();
            for (int type : expected.toArray()) {
                names.add(describe(type, recognizer));
            }
            return "expected " + String.join(" or ", names) + ", found " + describeFound(found);
        }
        return "unexpected " + describeFound(found);
    }

    private static String brokenToken(Token token) {
        return switch (token.getType()) {
            case UNTERMINATED_STRING -> "string literal not terminated";
            case UNTERMINATED_RAW -> "raw string literal not terminated";
            case UNTERMINATED_RUNE -> "rune literal not terminated";
            case UNTERMINATED_COMMENT -> "comment not terminated";
            case ILLEGAL -> "invalid " + Utf8.describe(token.getText().codePointAt(0));
            default -> null;
        };
    }

    static String describeFound(Token token) {
        if (token.getType() == Token.EOF) {
            return "EOF";
        }
        if (token.getType() == SEMI && !token.getText().equals(";")) {
            return token.getText().isEmpty() ? "EOF" : "newline";
        }
        return "'" + token.getText() + "'";
    }

    private static String describe(int type, Recognizer<?, ?> recognizer) {
        if (type == Token.EOF) {
            return "EOF";
        }
        if (type == IDENTIFIER) {
            return "name";
        }
        String literal = recognizer.getVocabulary().getLiteralName(type);
        return literal != null ? literal : recognizer.getVocabulary().getSymbolicName(type).toLowerCase(java.util.Locale.ROOT);
    }
}
