package dev.gorewrite.recipe;

import java.util.Objects;

/**
 * One edit of a recipe: its kind, the guide section it implements, where it may match, and
 * whether a file may lack it ({@code optional}: no match is `not-applicable`, not a failure).
 */
public record EditStep(String guide, EditKind kind, Scope within, boolean optional) {
    public EditStep {
        Objects.requireNonNull(guide, "guide");
        Objects.requireNonNull(kind, "kind");
        within = within == null ? Scope.WHOLE_FILE : within;
    }
}
