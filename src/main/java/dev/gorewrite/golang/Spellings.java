package dev.gorewrite.golang;

import dev.gorewrite.golang.antlr.GoLexer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.antlr.v4.runtime.Vocabulary;

/**
 * The keywords and operators of grammar/GoLexer.g4, read from the generated lexer's vocabulary
 * (a token spelled by one literal, such as {@code 'break'} or {@code '<<='}), so that the
 * grammar stays the one place that spells them. Indexed by first char for {@link GoScanner}.
 */
final class Spellings {
    /** One literal token: its text and its type. */
    record Spelling(String text, int type) {
        Spelling {
            if (text.isEmpty() || text.charAt(0) >= 0x80) {
                throw new IllegalArgumentException("not an ASCII spelling: " + text);
            }
        }
    }

    private static final Spelling[] NONE = {};
    // Arrays, not lists: the scanner looks here at every operator and name, and an array's loop
    // makes no iterator (the quick JIT that bin/gorewrite uses does not remove allocations).
    private static final Spelling[][] KEYWORDS = byFirstChar(true);
    private static final Spelling[][] OPERATORS = byFirstChar(false);

    private Spellings() {}

    /** The operators that start with {@code c}, longest first (the grammar's longest match); none beyond ASCII. */
    static Spelling[] operatorsFrom(char c) {
        return c < 0x80 ? OPERATORS[c] : NONE;
    }

    /** The keyword's type if the name from {@code start} to {@code end} is one, else IDENTIFIER. */
    static int keyword(char[] text, int start, int end) {
        char first = text[start];
        for (Spelling s : first < 0x80 ? KEYWORDS[first] : NONE) {
            if (s.text().length() == end - start && spelledAt(text, start, s.text())) {
                return s.type();
            }
        }
        return GoLexer.IDENTIFIER;
    }

    /** Whether {@code text} holds {@code spelling} at {@code at}. */
    static boolean spelledAt(char[] text, int at, String spelling) {
        if (at + spelling.length() > text.length) {
            return false;
        }
        for (int i = 0; i < spelling.length(); i++) {
            if (text[at + i] != spelling.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static Spelling[][] byFirstChar(boolean keywords) {
        List<List<Spelling>> table = new ArrayList<>();
        for (char c = 0; c < 0x80; c++) {
            table.add(new ArrayList<>());
        }
        for (Spelling s : literals()) {
            if (Character.isLetter(s.text().charAt(0)) == keywords) {
                table.get(s.text().charAt(0)).add(s);
            }
        }
        table.forEach(list -> list.sort(Comparator.comparingInt((Spelling s) -> s.text().length()).reversed()));
        return table.stream().map(list -> list.toArray(Spelling[]::new)).toArray(Spelling[][]::new);
    }

    /** Tokens spelled by one plain literal; escaped ones ('\n', '\uFEFF') are scanned by hand. */
    private static List<Spelling> literals() {
        Vocabulary vocabulary = GoLexer.VOCABULARY;
        List<Spelling> out = new ArrayList<>();
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String literal = vocabulary.getLiteralName(type);
            if (literal != null && literal.length() > 2 && literal.indexOf('\\') < 0) {
                out.add(new Spelling(literal.substring(1, literal.length() - 1), type));
            }
        }
        return out;
    }
}
