package dev.gorewrite.edit;

import static dev.gorewrite.golang.antlr.GoLexer.L_CURLY;
import static dev.gorewrite.golang.antlr.GoLexer.L_PAREN;
import static dev.gorewrite.golang.antlr.GoLexer.R_CURLY;
import static dev.gorewrite.golang.antlr.GoLexer.R_PAREN;

import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.PlacedTokens;
import dev.gorewrite.golang.Utf8;
import java.util.Arrays;

/**
 * A file's lines as its tokens lay them out: where each starts, whether it is blank, a comment
 * line or code, its indentation, and the first and last code token on it. Read from tokens, not
 * from text, so a line inside a raw string that starts with `//` is code, a line inside a block
 * comment is a comment line, and a `{` at the end of a comment opens nothing. The one line model
 * the engine's places, deletions and indentation are computed with.
 */
public final class LineModel {
    private enum Kind { BLANK, COMMENT, CODE }

    private final String text;
    private final int[] starts;
    /** The file whose tokens say what each line holds: read on the first question about that. */
    private final GoFile file;
    private Kind[] kinds;
    /** Token type of the first and last code token that starts on each line; -1 for none. */
    private int[] firstCode;
    private int[] lastCode;

    private LineModel(GoFile file) {
        this.text = file.text();
        this.starts = PlacedTokens.lineStarts(text);
        this.file = file;
    }

    /** What each line holds, from the tokens; made once, when asked first (most places need only where lines start). */
    private Kind[] kinds() {
        if (kinds == null) {
            kinds = new Kind[starts.length];
            firstCode = new int[starts.length];
            lastCode = new int[starts.length];
            Arrays.fill(kinds, Kind.BLANK);
            Arrays.fill(firstCode, -1);
            Arrays.fill(lastCode, -1);
            PlacedTokens tokens = file.placedTokens();
            for (int i = 0; i < tokens.size() - 1; i++) {
                if (!tokens.isBlank(i)) {
                    mark(tokens, i);
                }
            }
        }
        return kinds;
    }

    public static LineModel of(GoFile file) {
        return new LineModel(file);
    }

    /** The lines of any text, lexed (not parsed): for text that is not a whole Go file. */
    public static LineModel of(String text) {
        return new LineModel(GoFile.lex("text", Utf8.encode(text)));
    }

    /** The token decides the line it starts on if nothing came before it there, and every line it continues on. */
    private void mark(PlacedTokens tokens, int i) {
        int line = tokens.line(i) - 1;
        Kind kind = tokens.isComment(i) ? Kind.COMMENT : Kind.CODE;
        if (kinds[line] == Kind.BLANK) {
            kinds[line] = kind;
        }
        if (kind == Kind.CODE) {
            firstCode[line] = firstCode[line] < 0 ? tokens.type(i) : firstCode[line];
            lastCode[line] = tokens.type(i);
        }
        if (line + 1 < starts.length && tokens.end(i) > starts[line + 1]) {
            int last = lineOf(tokens.end(i) - 1);
            for (int l = line + 2; l <= last; l++) {
                kinds[l - 1] = kind;
            }
        }
    }

    public String text() {
        return text;
    }

    public int count() {
        return starts.length;
    }

    public boolean isComment(int line) {
        return line >= 1 && line <= starts.length && kinds()[line - 1] == Kind.COMMENT;
    }

    public boolean isBlank(int line) {
        return line >= 1 && line <= starts.length && kinds()[line - 1] == Kind.BLANK;
    }

    /** Whether the line's last code token opens a block or a group (`{`, `(`). */
    public boolean opens(int line) {
        if (line < 1 || line > starts.length) {
            return false;
        }
        kinds();
        return lastCode[line - 1] == L_CURLY || lastCode[line - 1] == L_PAREN;
    }

    /** Whether the line's first code token closes a block or a group (`}`, `)`). */
    public boolean closes(int line) {
        if (line < 1 || line > starts.length) {
            return false;
        }
        kinds();
        return firstCode[line - 1] == R_CURLY || firstCode[line - 1] == R_PAREN;
    }

    /** The 1-based line holding char {@code offset}. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    public int start(int line) {
        return starts[line - 1];
    }

    /** Offset just after the line's newline (or the end of the text). */
    public int end(int line) {
        return line < starts.length ? starts[line] : text.length();
    }

    /** The spaces and tabs that start the line. */
    public String indent(int line) {
        int from = start(line);
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(from, i);
    }
}
