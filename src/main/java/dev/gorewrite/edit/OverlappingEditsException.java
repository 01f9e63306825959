package dev.gorewrite.edit;

/**
 * Two edits claim the same chars, so no order of applying them is right. Unchecked because it
 * means the plan is wrong (two recipes touching one spot); the engine catches it per file and
 * reports it, leaving that file untouched.
 */
public final class OverlappingEditsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Edit first;
    private final transient Edit second;

    public OverlappingEditsException(Edit first, Edit second) {
        super("overlapping edits " + first.range() + " and " + second.range());
        this.first = first;
        this.second = second;
    }

    public Edit first() {
        return first;
    }

    public Edit second() {
        return second;
    }
}
