package dev.gorewrite.guide;

import dev.gorewrite.golang.GoToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A block that is not a whole Go construct, such as one argument line of a call
 * (`    GenerateInfraImageName("datastorage", "x"), writer)`): the brackets it closes without
 * opening and opens without closing, so that it can be written as the call (or literal) around
 * it, `$F1($...A1, GenerateInfraImageName("datastorage", "x"), writer)`.
 */
record Fragment(List<String> closed, List<String> opened, boolean leadingComma, boolean trailingComma, boolean list) {
    static Fragment of(String code) {
        List<GoToken> tokens = GoText.tokens(code).stream().filter(t -> !t.isSemicolon()).toList();
        List<String> closed = new ArrayList<>();
        List<String> open = new ArrayList<>();
        boolean list = false;
        for (GoToken t : tokens) {
            bracket(t.text(), open, closed);
            list |= open.isEmpty() && t.text().equals(",");
        }
        boolean lead = !tokens.isEmpty() && tokens.get(0).text().equals(",");
        boolean trail = !tokens.isEmpty() && tokens.get(tokens.size() - 1).text().equals(",");
        return new Fragment(closed, open, lead, trail, list);
    }

    /** An opening bracket is pushed; a closing one pops its opener, or, with none open, is one the code closes. */
    private static void bracket(String token, List<String> open, List<String> closed) {
        int d = GoText.depth(token);
        if (d > 0) {
            open.add(token);
        } else if (d < 0 && open.isEmpty()) {
            closed.add(token);
        } else if (d < 0) {
            open.remove(open.size() - 1);
        }
    }

    /** Whether the code is a whole construct (no stray brackets, no list of items at its top). */
    boolean whole() {
        return closed.isEmpty() && opened.isEmpty() && !list;
    }

    /** The code inside the call or literal around it; empty where a bracket is not ( or {. */
    Optional<String> wrap(String code) {
        StringBuilder prefix = new StringBuilder();
        for (int j = closed.size(); j >= 1; j--) {
            String open = opener(closed.get(j - 1), j);
            if (open.isEmpty()) {
                return Optional.empty();
            }
            prefix.append(open).append("$...A").append(j).append(j == 1 && leadingComma ? "" : ", ");
        }
        if (closed.isEmpty() && opened.isEmpty()) {
            prefix.append("$F1($...A1, ");
        }
        return Optional.of(prefix + code.strip() + suffix(code));
    }

    private String suffix(String code) {
        StringBuilder suffix = new StringBuilder();
        List<String> open = closed.isEmpty() && opened.isEmpty() ? List.of("(") : opened;
        for (int j = open.size(); j >= 1; j--) {
            boolean bare = j == open.size() && (trailingComma || "([{".contains(code.strip().substring(code.strip().length() - 1)));
            suffix.append(bare ? " " : ", ").append("$...B").append(j).append(closer(open.get(j - 1)));
        }
        return suffix.toString();
    }

    private static String opener(String closer, int j) {
        return closer.equals(")") ? "$F" + j + "(" : closer.equals("}") ? "$T" + j + "{" : "";
    }

    private static String closer(String opener) {
        return opener.equals("(") ? ")" : opener.equals("{") ? "}" : "]";
    }
}
