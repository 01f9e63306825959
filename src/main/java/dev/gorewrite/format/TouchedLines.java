package dev.gorewrite.format;

import dev.gorewrite.edit.Edit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lines of an edited text that some edit wrote or joined (0-based, inclusive ranges), found
 * from the edits on the text before: each edit's place shifts by what the edits before it added
 * or removed. A deletion touches the line where its two sides now meet.
 */
public record TouchedLines(List<Range> ranges) {
    /** Lines {@code first..last} of the edited text. */
    public record Range(int first, int last) {
        public Range {
            if (first < 0 || last < first) {
                throw new IllegalArgumentException("bad line range " + first + ".." + last);
            }
        }

        boolean overlaps(int from, int to) {
            return from <= last && to >= first;
        }
    }

    public TouchedLines {
        ranges = List.copyOf(ranges);
    }

    public static TouchedLines of(String after, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        LineIndex lines = new LineIndex(after);
        List<Range> ranges = new ArrayList<>();
        int shift = 0;
        for (Edit e : sorted) {
            int start = e.start() + shift;
            int end = start + e.text().length();
            int first = lines.lineOf(start);
            // A deletion of whole lines joins the line above it to the one below: both may need a new layout.
            boolean joinsLines = e.text().isEmpty() && first > 0 && lines.starts().get(first) == start;
            ranges.add(new Range(joinsLines ? first - 1 : first, lines.lineOf(Math.max(start, end - 1))));
            shift += e.text().length() - (e.end() - e.start());
        }
        return new TouchedLines(ranges);
    }

    /** Whether some touched line lies in {@code from..to} (inclusive). */
    public boolean any(int from, int to) {
        return ranges.stream().anyMatch(r -> r.overlaps(from, to));
    }

    /** Line starts of a text, to turn a char offset into its 0-based line. */
    private record LineIndex(List<Integer> starts) {
        LineIndex(String text) {
            this(starts(text));
        }

        private static List<Integer> starts(String text) {
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                starts.add(i + 1);
            }
            return starts;
        }

        int lineOf(int offset) {
            int i = java.util.Collections.binarySearch(starts, offset);
            return i >= 0 ? i : -i - 2;
        }
    }
}
