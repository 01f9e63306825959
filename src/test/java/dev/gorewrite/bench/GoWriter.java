package dev.gorewrite.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes Go source the way gofmt lays it out: tab indentation, one statement a line, and column
 * alignment of consecutive key/value, field and spec lines (gofmt's tabwriter: each column padded
 * to its widest cell plus one space; the last cell of a line is not padded). Only ASCII goes into
 * aligned cells, so character and byte widths agree.
 */
final class GoWriter {
    private final StringBuilder out = new StringBuilder(16 * 1024);
    private int indent;
    private final List<String[]> pending = new ArrayList<>();

    /** One line at the current indentation. */
    GoWriter line(String text) {
        flushAligned();
        if (!text.isEmpty()) {
            out.append("\t".repeat(indent));
        }
        out.append(text).append('\n');
        return this;
    }

    GoWriter blank() {
        return line("");
    }

    /** A line that opens a block ({@code ... {}): printed, then one more indentation level. */
    GoWriter open(String text) {
        line(text);
        indent++;
        return this;
    }

    /** Closes a block: one level less, then the closing line ({@code }}, {@code })}, ...). */
    GoWriter close(String text) {
        flushAligned();
        indent--;
        return line(text);
    }

    /** Sets the indentation level (flushing an aligned group first). */
    GoWriter at(int level) {
        flushAligned();
        indent = level;
        return this;
    }

    /** A line exactly as given, without indentation (inside a raw string literal). */
    GoWriter verbatim(String text) {
        flushAligned();
        out.append(text).append('\n');
        return this;
    }

    /** A comment line {@code // text} at the current indentation. */
    GoWriter comment(String text) {
        return line("// " + text);
    }

    /**
     * One row of an aligned group; consecutive rows (up to the next other line) are padded
     * column by column. All rows of a group must have the same number of cells.
     */
    GoWriter row(String... cells) {
        if (!pending.isEmpty() && pending.get(0).length != cells.length) {
            flushAligned();
        }
        pending.add(cells);
        return this;
    }

    /** Bytes written so far (all ASCII except comment and string text, close enough for sizing). */
    int length() {
        return out.length();
    }

    @Override
    public String toString() {
        flushAligned();
        return out.toString();
    }

    private void flushAligned() {
        if (pending.isEmpty()) {
            return;
        }
        int columns = pending.get(0).length;
        int[] width = new int[columns];
        for (String[] r : pending) {
            for (int i = 0; i < columns - 1; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        String tabs = "\t".repeat(indent);
        for (String[] r : pending) {
            out.append(tabs);
            for (int i = 0; i < columns; i++) {
                out.append(r[i]);
                if (i < columns - 1) {
                    out.append(" ".repeat(width[i] - r[i].length() + 1));
                }
            }
            out.append('\n');
        }
        pending.clear();
    }
}
