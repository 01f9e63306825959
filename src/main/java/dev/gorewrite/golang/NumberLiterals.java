package dev.gorewrite.golang;

import static dev.gorewrite.golang.antlr.GoLexer.FLOAT_LIT;
import static dev.gorewrite.golang.antlr.GoLexer.IMAGINARY_LIT;
import static dev.gorewrite.golang.antlr.GoLexer.INT_LIT;

import java.util.List;

/**
 * Where a number literal ends and which of INT_LIT, FLOAT_LIT and IMAGINARY_LIT it is, decided as
 * ANTLR decides it for grammar/GoLexer.g4: the longest match of any alternative of the three
 * rules wins, the earlier rule on a tie. So {@code 08} is two INT_LITs (0, then 8) while
 * {@code 08i} and {@code 08.5} are one literal, and {@code 0x1p} is an INT_LIT before a name.
 *
 * <p>Each alternative below is one alternative of the grammar, matched greedily: no fragment can
 * be followed by a character its own longer match would take, so the greedy end is the longest.
 * For the same reason an imaginary literal is one of these ends followed by an {@code i}: a
 * shorter match of an alternative is always followed by a digit, '_', '.', or an exponent.
 */
final class NumberLiterals {
    /** The end of an alternative's longest match starting at {@code at}, or -1 when it does not match. */
    private interface Alternative {
        int end(char[] text, int at);
    }

    private static final List<Alternative> INTEGERS = List.of(
            (t, at) -> at(t, at) == '0' ? at + 1 : -1,
            (t, at) -> at(t, at) >= '1' && at(t, at) <= '9' ? tail(t, at + 1, 10) : -1,
            (t, at) -> prefixed(t, at, 'b', 2),
            (t, at) -> prefixed(t, at, 'o', 8),
            (t, at) -> at(t, at) == '0' ? atLeastOne(tail(t, at + 1, 8), at + 1) : -1,
            (t, at) -> prefixed(t, at, 'x', 16));

    private static final List<Alternative> FLOATS = List.of(
            NumberLiterals::pointFloat, NumberLiterals::exponentFloat,
            NumberLiterals::fractionFloat, NumberLiterals::hexFloat);

    /** What an imaginary literal's {@code i} may follow: DEC_DIGITS, INT_LIT or FLOAT_LIT. */
    private static final List<Alternative> BEFORE_I = List.of((t, at) -> digits(t, at, 10),
            INTEGERS.get(0), INTEGERS.get(1), INTEGERS.get(2), INTEGERS.get(3), INTEGERS.get(4), INTEGERS.get(5),
            FLOATS.get(0), FLOATS.get(1), FLOATS.get(2), FLOATS.get(3));

    private NumberLiterals() {}

    /** Where the number at {@code start} (a digit, or '.' before a digit) ends, exclusive. */
    static int end(char[] text, int start) {
        int plain = plainDecimal(text, start);
        if (plain > 0) {
            return plain;
        }
        return Math.max(Math.max(longest(INTEGERS, text, start), longest(FLOATS, text, start)), imaginary(text, start));
    }

    /** The type of the number from {@code start} to {@code end}: on a tie the grammar's earlier rule. */
    static int type(char[] text, int start, int end) {
        if (text[end - 1] == 'i') {
            return IMAGINARY_LIT; // no integer or float ends in i
        }
        return plainDecimal(text, start) == end || longest(INTEGERS, text, start) == end ? INT_LIT : FLOAT_LIT;
    }

    /**
     * The end of a literal like {@code 42} or {@code 0} that nothing after it could continue (the
     * common case, decided without trying every alternative), or -1.
     */
    private static int plainDecimal(char[] text, int start) {
        char first = text[start];
        if (first < '0' || first > '9') {
            return -1;
        }
        int i = start + 1;
        while (first != '0' && at(text, i) >= '0' && at(text, i) <= '9') {
            i++;
        }
        char next = at(text, i);
        return next == '.' || next == '_' || next < 0x80 && Character.isLetterOrDigit(next) ? -1 : i;
    }

    private static int longest(List<Alternative> alternatives, char[] text, int start) {
        int best = -1;
        for (Alternative a : alternatives) {
            best = Math.max(best, a.end(text, start));
        }
        return best;
    }

    private static int imaginary(char[] text, int start) {
        int best = -1;
        for (Alternative a : BEFORE_I) {
            int end = a.end(text, start);
            if (end > 0 && at(text, end) == 'i') {
                best = Math.max(best, end + 1);
            }
        }
        return best;
    }

    /** DEC_DIGITS '.' DEC_DIGITS? DEC_EXPONENT? */
    private static int pointFloat(char[] t, int at) {
        int digits = digits(t, at, 10);
        if (digits < 0 || at(t, digits) != '.') {
            return -1;
        }
        int fraction = orElse(digits(t, digits + 1, 10), digits + 1);
        return orElse(exponent(t, fraction, 'e'), fraction);
    }

    /** DEC_DIGITS DEC_EXPONENT */
    private static int exponentFloat(char[] t, int at) {
        int digits = digits(t, at, 10);
        return digits < 0 ? -1 : exponent(t, digits, 'e');
    }

    /** '.' DEC_DIGITS DEC_EXPONENT? */
    private static int fractionFloat(char[] t, int at) {
        int digits = at(t, at) == '.' ? digits(t, at + 1, 10) : -1;
        return digits < 0 ? -1 : orElse(exponent(t, digits, 'e'), digits);
    }

    /** '0' [xX] HEX_MANTISSA HEX_EXPONENT */
    private static int hexFloat(char[] t, int at) {
        if (at(t, at) != '0' || (at(t, at + 1) | 0x20) != 'x') {
            return -1;
        }
        int mantissa = mantissa(t, at + 2);
        return mantissa < 0 ? -1 : exponent(t, mantissa, 'p');
    }

    /** HEX_MANTISSA: '_'? HEX_DIGITS '.'? HEX_DIGITS? | '.' HEX_DIGITS */
    private static int mantissa(char[] t, int at) {
        if (at(t, at) == '.') {
            return digits(t, at + 1, 16);
        }
        int whole = digits(t, at(t, at) == '_' ? at + 1 : at, 16);
        if (whole < 0 || at(t, whole) != '.') {
            return whole;
        }
        return orElse(digits(t, whole + 1, 16), whole + 1);
    }

    /** DEC_EXPONENT ({@code letter} e) or HEX_EXPONENT (p): the letter in either case, a sign, DEC_DIGITS. */
    private static int exponent(char[] t, int at, char letter) {
        if ((at(t, at) | 0x20) != letter) {
            return -1;
        }
        int digits = at(t, at + 1) == '+' || at(t, at + 1) == '-' ? at + 2 : at + 1;
        return digits(t, digits, 10);
    }

    /** '0' followed by the prefix letter (either case) and ('_'? digit)+ of the radix. */
    private static int prefixed(char[] t, int at, char letter, int radix) {
        if (at(t, at) != '0' || (at(t, at + 1) | 0x20) != letter) {
            return -1;
        }
        return atLeastOne(tail(t, at + 2, radix), at + 2);
    }

    /** A digit then ('_'? digit)*, greedily; -1 if there is no digit at {@code at}. */
    private static int digits(char[] t, int at, int radix) {
        return isDigit(at(t, at), radix) ? tail(t, at + 1, radix) : -1;
    }

    /** ('_'? digit)*, greedily: an underscore is taken only with the digit after it. */
    private static int tail(char[] t, int at, int radix) {
        int i = at;
        while (true) {
            if (isDigit(at(t, i), radix)) {
                i++;
            } else if (at(t, i) == '_' && isDigit(at(t, i + 1), radix)) {
                i += 2;
            } else {
                return i;
            }
        }
    }

    private static boolean isDigit(char c, int radix) {
        int value = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99;
        return value < radix;
    }

    private static int atLeastOne(int end, int from) {
        return end > from ? end : -1;
    }

    private static int orElse(int end, int otherwise) {
        return end < 0 ? otherwise : end;
    }

    /** The char at {@code i}, or NUL past the end (NUL continues no literal). */
    private static char at(char[] t, int i) {
        return i < t.length ? t[i] : '\0';
    }
}
