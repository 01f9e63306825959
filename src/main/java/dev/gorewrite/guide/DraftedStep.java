package dev.gorewrite.guide;

import java.util.Objects;

/**
 * What became of one guide step: {@code editIndex} is its index in the recipe's {@code edits:}
 * list, -1 when no edit was drafted (needs review, manual) or the step became no edit but an
 * `imports: add:` entry or the recipe's `create`; {@code note} says what a person should check (the anchor
 * chosen and why, the candidate to review as path:line:col and its text, why it is manual).
 */
public record DraftedStep(int guideLine, String heading, DraftKind kind, Certainty certainty, int editIndex,
                          String note) {
    public DraftedStep {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(note, "note");
        if (guideLine < 1) {
            throw new IllegalArgumentException("guide lines start at 1: " + guideLine);
        }
        if (editIndex < -1 || (editIndex >= 0 && certainty != Certainty.DRAFTED)) {
            throw new IllegalArgumentException("only a drafted step has an edit: " + certainty + " " + editIndex);
        }
    }

    public boolean drafted() {
        return certainty == Certainty.DRAFTED;
    }
}
