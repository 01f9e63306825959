package dev.gorewrite.report;

import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code @@} section of a unified diff: neighbouring changes that share context, and the
 * 0-based, half-open line ranges {@code [oldStart, oldEnd)} they cover with that context.
 */
record Hunk(int oldStart, int oldEnd, int newStart, int newEnd, List<AbstractDelta<String>> deltas) {

    Hunk {
        if (oldStart < 0 || oldEnd < oldStart || newStart < 0 || newEnd < newStart) {
            throw new IllegalArgumentException("bad hunk ranges -" + oldStart + "," + oldEnd
                    + " +" + newStart + "," + newEnd);
        }
        if (deltas.isEmpty()) {
            throw new IllegalArgumentException("a hunk needs at least one change");
        }
        deltas = List.copyOf(deltas);
    }

    /**
     * Groups deltas (in file order) into hunks: two changes whose gap is at most twice the context
     * share a hunk, as in diff and git, because their context lines would otherwise overlap.
     */
    static List<Hunk> group(List<AbstractDelta<String>> deltas, int oldSize, int context) {
        List<Hunk> hunks = new ArrayList<>();
        List<AbstractDelta<String>> current = new ArrayList<>();
        for (AbstractDelta<String> delta : deltas) {
            if (!current.isEmpty() && delta.getSource().getPosition() - end(last(current)) > 2 * context) {
                hunks.add(of(current, oldSize, context));
                current = new ArrayList<>();
            }
            current.add(delta);
        }
        if (!current.isEmpty()) {
            hunks.add(of(current, oldSize, context));
        }
        return hunks;
    }

    private static Hunk of(List<AbstractDelta<String>> deltas, int oldSize, int context) {
        AbstractDelta<String> first = deltas.get(0);
        int oldStart = Math.max(0, first.getSource().getPosition() - context);
        int oldEnd = Math.min(oldSize, end(last(deltas)) + context);
        // Before the first change both sides are equal, so the new side is offset by a constant.
        int newStart = oldStart + first.getTarget().getPosition() - first.getSource().getPosition();
        int growth = 0;
        for (AbstractDelta<String> delta : deltas) {
            growth += delta.getTarget().size() - delta.getSource().size();
        }
        return new Hunk(oldStart, oldEnd, newStart, newStart + oldEnd - oldStart + growth, deltas);
    }

    /** Appends the {@code @@} line and the hunk's lines, marking a last line that lacks '\n'. */
    void appendTo(StringBuilder out, List<String> oldLines) {
        out.append("@@ -").append(range(oldStart, oldEnd)).append(" +").append(range(newStart, newEnd))
                .append(" @@\n");
        int line = oldStart;
        for (AbstractDelta<String> delta : deltas) {
            Chunk<String> source = delta.getSource();
            appendLines(out, ' ', oldLines.subList(line, source.getPosition()));
            appendLines(out, '-', source.getLines());
            appendLines(out, '+', delta.getTarget().getLines());
            line = source.getPosition() + source.size();
        }
        appendLines(out, ' ', oldLines.subList(line, oldEnd));
    }

    /**
     * Whether the 1-based old {@code line} is among the lines this hunk shows; a hunk that only
     * inserts (with no context) shows none, so the line it inserts after counts as its own.
     */
    boolean covers(int line) {
        return line > oldStart && line <= Math.max(oldEnd, oldStart + 1);
    }

    /**
     * Appends the old lines from {@code from} up to this hunk's last change with its changes made,
     * and returns the old line after it: applying the hunks one after another rebuilds the file
     * with only those changes.
     */
    int applyTo(List<String> oldLines, int from, StringBuilder out) {
        int line = from;
        for (AbstractDelta<String> delta : deltas) {
            Chunk<String> source = delta.getSource();
            oldLines.subList(line, source.getPosition()).forEach(out::append);
            delta.getTarget().getLines().forEach(out::append);
            line = source.getPosition() + source.size();
        }
        return line;
    }

    /**
     * A range as "start,count" with start 1-based; an empty range names the line before it (0 at
     * the top of the file), which is how git writes and expects it.
     */
    private static String range(int start, int end) {
        int count = end - start;
        return (count == 0 ? start : start + 1) + "," + count;
    }

    private static void appendLines(StringBuilder out, char prefix, List<String> lines) {
        for (String line : lines) {
            out.append(prefix).append(line);
            if (!line.endsWith("\n")) {
                out.append("\n\\ No newline at end of file\n");
            }
        }
    }

    private static AbstractDelta<String> last(List<AbstractDelta<String>> deltas) {
        return deltas.get(deltas.size() - 1);
    }

    private static int end(AbstractDelta<String> delta) {
        return delta.getSource().getPosition() + delta.getSource().size();
    }
}
