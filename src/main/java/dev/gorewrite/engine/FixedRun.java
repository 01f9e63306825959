package dev.gorewrite.engine;

import dev.gorewrite.golang.antlr.GoLexer;
import dev.gorewrite.pattern.PatternElement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive fixed tokens of a pattern (`.V(0).Info(`, `errors.Wrap(`), looked for in a file's
 * bytes with anything the lexer hides (space, newlines, comments, a BOM) and list separators
 * (`,` `;`, which the matcher drops on both sides) allowed between them. Wherever the pattern
 * matches, its fixed tokens stand in the file in this order with only such bytes between them, so
 * a file without the run has no match; the converse need not hold (the scan also finds a run
 * inside a string or a longer name), which only costs a parse.
 */
record FixedRun(List<byte[]> tokens) {
    FixedRun {
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty() || tokens.stream().anyMatch(t -> t.length == 0)) {
            throw new IllegalArgumentException("a fixed run needs tokens, none of them empty");
        }
    }

    /** Text that must occur as it is, e.g. a comment anchor's. */
    static FixedRun text(String text) {
        return new FixedRun(List.of(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The runs of a pattern's elements: a metavariable, a wildcard, a separator or a token that
     * spans lines (a raw string, whose line ends the lexer may read differently) ends a run. Runs
     * of punctuation alone are left out: they say nearly nothing about a file.
     */
    static List<FixedRun> of(List<PatternElement> elements) {
        List<FixedRun> runs = new ArrayList<>();
        List<byte[]> run = new ArrayList<>();
        boolean telling = false;
        for (PatternElement e : elements) {
            if (e instanceof PatternElement.Literal l && fixed(l)) {
                run.add(l.text().getBytes(StandardCharsets.UTF_8));
                telling |= Character.isLetterOrDigit(l.text().codePointAt(0)) || "\"'`_".indexOf(l.text().charAt(0)) >= 0;
                continue;
            }
            telling = flush(runs, run, telling);
        }
        flush(runs, run, telling);
        return runs;
    }

    private static boolean fixed(PatternElement.Literal l) {
        return l.type() != GoLexer.SEMI && l.type() != GoLexer.COMMA && !l.text().isEmpty()
                && l.text().indexOf('\n') < 0 && l.text().indexOf('\r') < 0;
    }

    private static boolean flush(List<FixedRun> runs, List<byte[]> run, boolean telling) {
        if (telling) {
            runs.add(new FixedRun(run));
        }
        run.clear();
        return false;
    }

    /** Bytes in all, to look for the longest (likely rarest) run first. */
    int length() {
        return tokens.stream().mapToInt(t -> t.length).sum();
    }

    boolean in(byte[] file) {
        byte[] first = tokens.get(0);
        for (int at = indexOf(file, first, 0); at >= 0; at = indexOf(file, first, at + 1)) {
            if (restAt(file, at + first.length)) {
                return true;
            }
        }
        return false;
    }

    private boolean restAt(byte[] file, int from) {
        int at = from;
        for (int i = 1; i < tokens.size(); i++) {
            at = afterGap(file, at);
            if (!startsAt(file, at, tokens.get(i))) {
                return false;
            }
            at += tokens.get(i).length;
        }
        return true;
    }

    /** The first byte at or after {@code at} that is not hidden from the parser nor a separator. */
    static int afterGap(byte[] file, int at) {
        int i = at;
        while (i < file.length) {
            int next = skipOne(file, i);
            if (next == i) {
                return i;
            }
            i = next;
        }
        return i;
    }

    /** Past one hidden or separator item at {@code i}, or {@code i} itself when there is none. */
    private static int skipOne(byte[] file, int i) {
        byte b = file[i];
        if (b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\n' || b == ',' || b == ';') {
            return i + 1;
        }
        if (b == '/' && i + 1 < file.length && (file[i + 1] == '/' || file[i + 1] == '*')) {
            boolean line = file[i + 1] == '/';
            int end = indexOf(file, line ? NEWLINE : BLOCK_END, i + 2);
            return end < 0 ? file.length : end + (line ? 0 : 2);
        }
        return startsAt(file, i, BOM) ? i + BOM.length : i;
    }

    private static final byte[] NEWLINE = {'\n'};
    private static final byte[] BLOCK_END = {'*', '/'};
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static boolean startsAt(byte[] file, int at, byte[] text) {
        if (at + text.length > file.length) {
            return false;
        }
        for (int k = 0; k < text.length; k++) {
            if (file[at + k] != text[k]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] file, byte[] text, int from) {
        byte first = text[0];
        int last = file.length - text.length;
        for (int i = from; i <= last; i++) {
            if (file[i] == first && startsAt(file, i, text)) {
                return i;
            }
        }
        return -1;
    }
}
