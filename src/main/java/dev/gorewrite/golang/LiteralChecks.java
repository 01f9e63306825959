package dev.gorewrite.golang;

import dev.gorewrite.golang.antlr.GoLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The spec's rules for the inside of rune and string literals, checked after lexing: the lexer
 * only finds where a literal ends (any character after a backslash), so that it never loses a
 * byte and a bad escape does not change how the rest of the file is cut into tokens. A rune
 * literal holds exactly one character; an escape is one of the known letters, the literal's own
 * quote, or the right number of octal or hex digits with a value that is a byte (octal, \x) or a
 * Unicode code point (\\u, \U). Messages and places follow go/scanner.
 */
final class LiteralChecks {
    /** A problem {@code at} chars into the literal of token {@code tokenIndex}. */
    record Problem(int tokenIndex, int at, String message) {}

    private final int tokenIndex;
    private final String literal;
    private final char quote;
    private final List<Problem> problems;

    private LiteralChecks(int tokenIndex, String literal, List<Problem> problems) {
        this.tokenIndex = tokenIndex;
        this.literal = literal;
        this.quote = literal.charAt(0);
        this.problems = problems;
    }

    static List<Problem> check(List<Token> tokens) {
        List<Problem> problems = new ArrayList<>();
        for (Token t : tokens) {
            if (t.getType() == GoLexer.RUNE_LIT || t.getType() == GoLexer.STRING_LIT) {
                new LiteralChecks(t.getTokenIndex(), t.getText(), problems).scan();
            }
        }
        return problems;
    }

    /** Walks the characters between the quotes; a rune literal must have exactly one. */
    private void scan() {
        int end = literal.length() - 1;
        int characters = 0;
        boolean escapesOk = true;
        int i = 1;
        while (i < end) {
            characters++;
            if (literal.charAt(i) != '\\') {
                i += Character.charCount(literal.codePointAt(i));
                continue;
            }
            int next = escape(i + 1);
            escapesOk &= next > 0;
            i = Math.abs(next);
        }
        if (quote == '\'' && escapesOk && characters != 1) {
            problem(0, "illegal rune literal");
        }
    }

    /**
     * Checks the escape whose letter is at {@code at}; returns where scanning goes on, negated
     * when the escape is bad (then, as go/scanner does, from the character that made it bad).
     */
    private int escape(int at) {
        char letter = literal.charAt(at);
        return switch (letter) {
            case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\' -> at + 1;
            case '0', '1', '2', '3', '4', '5', '6', '7' -> number(at, at, 3, 8, 255);
            case 'x' -> number(at, at + 1, 2, 16, 255);
            case 'u' -> number(at, at + 1, 4, 16, Character.MAX_CODE_POINT);
            case 'U' -> number(at, at + 1, 8, 16, Character.MAX_CODE_POINT);
            default -> letter == quote ? at + 1 : bad(at, at, "unknown escape sequence");
        };
    }

    /** {@code digits} digits in {@code base} from {@code start}; the value at most {@code max} and no surrogate. */
    private int number(int at, int start, int digits, int base, long max) {
        long value = 0;
        for (int k = start; k < start + digits; k++) {
            int digit = Character.digit(literal.charAt(k), base);
            if (digit < 0 || literal.charAt(k) > 'f') { // Character.digit also takes non-ASCII digits
                return bad(k, k, "illegal character " + describe(literal.codePointAt(k)) + " in escape sequence");
            }
            value = value * base + digit;
        }
        if (value > max || value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE) {
            return bad(at, start + digits, "escape sequence is invalid Unicode code point");
        }
        return start + digits;
    }

    /** Reports {@code message} at {@code problemAt}; scanning goes on at {@code resumeAt} (returned negated). */
    private int bad(int problemAt, int resumeAt, String message) {
        problem(problemAt, message);
        return -resumeAt;
    }

    private void problem(int at, String message) {
        problems.add(new Problem(tokenIndex, at, message));
    }

    /** As Go's %#U: U+0067 'g', without the quoted form for a character that does not print. */
    private static String describe(int codePoint) {
        String code = String.format("U+%04X", codePoint);
        return Character.isISOControl(codePoint) ? code : code + " '" + new String(Character.toChars(codePoint)) + "'";
    }
}
