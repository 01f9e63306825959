package dev.gorewrite.edit;

import java.util.Objects;

/**
 * Replaces the chars {@code [start, end)} of a text by {@code text}. Offsets are char indexes into
 * the decoded file text, so an edit never splits what it does not cover.
 */
public record Edit(int start, int end, String text) {

    public Edit {
        Objects.requireNonNull(text, "text");
        if (start < 0) {
            throw new IllegalArgumentException("edit start " + start + " is negative");
        }
        if (end < start) {
            throw new IllegalArgumentException("edit end " + end + " is before its start " + start);
        }
    }

    public static Edit insert(int at, String text) {
        return new Edit(at, at, text);
    }

    public static Edit delete(int start, int end) {
        return new Edit(start, end, "");
    }

    public boolean isInsertion() {
        return start == end;
    }

    /** The half-open range as {@code [start,end)}, the form error messages use. */
    public String range() {
        return "[" + start + "," + end + ")";
    }
}
