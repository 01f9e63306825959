package dev.gorewrite.pattern;

import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.GoToken;
import dev.gorewrite.golang.Utf8;
import dev.gorewrite.golang.antlr.GoLexer;
import java.util.List;

/**
 * The code a metavariable or named wildcard matched, made to move between indentation levels:
 * {@link #of} takes the indentation of its first line off every line it continues on, and
 * {@link #indented} puts the indentation of the place it goes to on them, as gofmt would (block
 * comments included). Lines inside a raw string are part of its value and are never touched.
 */
public final class CaptureText {
    private CaptureText() {}

    /** Chars [start, end) of {@code text}, which begin and end on token boundaries, less the first line's indentation on later lines. */
    public static String of(String text, int start, int end) {
        return of(text, start, text.substring(start, end));
    }

    /** {@code code}, which stands in the text at {@code start} (perhaps rewritten since), as {@link #of} would take it. */
    public static String of(String text, int start, String code) {
        return dedent(code, leadingWhitespace(text, lineStart(text, start)));
    }

    /** {@code code} (whole tokens) with {@code base} taken off the start of each line it continues on. */
    public static String dedent(String code, String base) {
        if (base.isEmpty() || code.indexOf('\n') < 0) {
            return code;
        }
        List<GoToken> tokens = GoFile.lex("capture", Utf8.encode(code)).tokens();
        StringBuilder out = new StringBuilder(code.length());
        boolean lineStart = false;
        for (GoToken t : tokens) {
            String piece = t.text();
            if (lineStart && t.type() == GoLexer.WS && piece.startsWith(base)) {
                piece = piece.substring(base.length());
            } else if (t.type() == GoLexer.BLOCK_COMMENT) {
                piece = piece.replace("\n" + base, "\n");
            }
            out.append(piece);
            lineStart = t.isNewline();
        }
        return out.toString();
    }

    /** Whether code ends with a `//` comment, so nothing may follow it on its line. */
    static boolean endsWithLineComment(String code) {
        if (!code.contains("//")) {
            return false;
        }
        List<GoToken> tokens = GoFile.lex("capture", Utf8.encode(code)).tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            GoToken t = tokens.get(i);
            if (t.type() != GoLexer.WS && !t.isNewline()) {
                return t.type() == GoLexer.LINE_COMMENT;
            }
        }
        return false;
    }

    /**
     * Code that ends in a `//` comment as [the code before it, less the spaces and one separating
     * comma at its end; the comment]: a comment that ended an item's line, to be put back at the
     * end of the line the code lands on.
     */
    static String[] splitTrailingComment(String code) {
        List<GoToken> tokens = GoFile.lex("capture", Utf8.encode(code)).tokens();
        int i = tokens.size() - 1;
        while (tokens.get(i).type() == GoLexer.WS || tokens.get(i).isNewline()) {
            i--;
        }
        GoToken comment = tokens.get(i);
        String before = code.substring(0, comment.offset()).stripTrailing();
        if (before.endsWith(",")) {
            before = before.substring(0, before.length() - 1).stripTrailing();
        }
        return new String[] {before, comment.text().stripTrailing()};
    }

    /** {@code captured} with {@code indent} put before each line it continues on (blank ones aside). */
    public static String indented(String captured, String indent) {
        if (indent.isEmpty() || captured.indexOf('\n') < 0) {
            return captured;
        }
        List<GoToken> tokens = GoFile.lex("capture", Utf8.encode(captured)).tokens();
        StringBuilder out = new StringBuilder(captured.length() + indent.length() * 4);
        for (int i = 0; i < tokens.size(); i++) {
            GoToken t = tokens.get(i);
            out.append(t.type() == GoLexer.BLOCK_COMMENT ? indentInside(t.text(), indent) : t.text());
            boolean blankLineFollows = i + 1 == tokens.size() || tokens.get(i + 1).isNewline();
            if (t.isNewline() && !blankLineFollows) {
                out.append(indent);
            }
        }
        return out.toString();
    }

    /** A block comment's text with {@code indent} after each of its line breaks but before a blank line. */
    private static String indentInside(String comment, String indent) {
        StringBuilder out = new StringBuilder(comment.length());
        for (int i = 0; i < comment.length(); i++) {
            char c = comment.charAt(i);
            out.append(c);
            if (c == '\n' && i + 1 < comment.length() && comment.charAt(i + 1) != '\n'
                    && comment.charAt(i + 1) != '\r') {
                out.append(indent);
            }
        }
        return out.toString();
    }

    static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    static String leadingWhitespace(String text, int lineStart) {
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(lineStart, i);
    }
}
