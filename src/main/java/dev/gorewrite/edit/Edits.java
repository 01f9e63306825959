package dev.gorewrite.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies a set of non-overlapping edits to a text in one pass. */
public final class Edits {

    /*
     * By start, then insertions before a replacement that starts at the same offset (so "insert
     * before X" and "replace X" compose instead of overlapping). List.sort is stable, which keeps
     * several insertions at one offset in the order the plan gave them.
     */
    private static final Comparator<Edit> ORDER =
            Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end);

    private Edits() {}

    /**
     * The text with every edit applied. Chars outside the edits are copied as they are (lone
     * surrogates standing for raw bytes included), never re-encoded.
     *
     * @throws OverlappingEditsException if two edits share a char, or an insertion falls strictly
     *     inside a replaced range
     * @throws IllegalArgumentException if an edit ends past the end of the text
     */
    public static String apply(String original, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(ORDER);
        StringBuilder out = new StringBuilder(original.length() + 64);
        int copied = 0;
        Edit previous = null;
        for (Edit edit : sorted) {
            if (edit.end() > original.length()) {
                throw new IllegalArgumentException("edit " + edit.range() + " ends past the text's length "
                        + original.length());
            }
            if (previous != null && edit.start() < previous.end()) {
                throw new OverlappingEditsException(previous, edit);
            }
            out.append(original, copied, edit.start()).append(edit.text());
            copied = edit.end();
            previous = edit;
        }
        return out.append(original, copied, original.length()).toString();
    }
}
