package dev.gorewrite.pattern;

import static dev.gorewrite.golang.antlr.GoLexer.*;

import dev.gorewrite.golang.GoToken;
import java.util.List;

/**
 * The comments that go with a run of list items a wildcard binds, so that moving the run moves
 * them too: those on their own lines before its first item (after the line of the previous item
 * or of the opening bracket), the one that ends its last item's line, and, before a closing
 * bracket, all that come before it.
 */
final class Comments {
    private Comments() {}

    /** Chars of tokens [first, last] widened over the comments that belong to them. */
    static Match.Capture around(List<GoToken> tokens, int first, int last) {
        return new Match.Capture(tokens.get(leading(tokens, first)).offset(), tokens.get(trailing(tokens, last)).end());
    }

    private static int leading(List<GoToken> tokens, int first) {
        int stop = first - 1;
        while (stop >= 0 && isBetween(tokens.get(stop))) {
            stop--;
        }
        int line = stop < 0 ? 0 : tokens.get(stop).line() + newlines(tokens.get(stop));
        int start = first;
        for (int i = first - 1; i > stop; i--) {
            GoToken t = tokens.get(i);
            if (t.isComment() && t.line() > line) {
                start = i;
            }
        }
        return start;
    }

    private static int trailing(List<GoToken> tokens, int last) {
        int stop = last + 1;
        while (stop < tokens.size() && isBetween(tokens.get(stop))) {
            stop++;
        }
        boolean closing = stop < tokens.size() && isClosing(tokens.get(stop).type());
        int line = tokens.get(last).line() + newlines(tokens.get(last));
        int end = last;
        for (int i = last + 1; i < stop; i++) {
            GoToken t = tokens.get(i);
            if (t.isComment() && (closing || t.line() == line)) {
                end = i;
            }
        }
        return end;
    }

    /** What may stand between two items: layout, comments and separators. */
    private static boolean isBetween(GoToken t) {
        return t.hidden() || t.type() == SEMI || t.type() == COMMA;
    }

    private static boolean isClosing(int type) {
        return type == R_CURLY || type == R_PAREN || type == R_BRACKET;
    }

    /** Line breaks inside a token (a raw string, a block comment), so its last line is known. */
    private static int newlines(GoToken t) {
        int n = 0;
        for (int i = 0; i < t.text().length(); i++) {
            if (t.text().charAt(i) == '\n') {
                n++;
            }
        }
        return t.type() == SEMI ? 0 : n;
    }
}
