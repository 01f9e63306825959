package dev.gorewrite.recipe;

import dev.gorewrite.pattern.Where;
import java.util.Objects;

/**
 * One edit of a recipe: its kind, the guide section it implements, where it may match, and
 * whether a file may lack it ({@code optional}: no match is `not-applicable`, not a failure).
 * {@code matches} says whether it is done at exactly one place (a guide's edit) or at every
 * match (a codemod); {@code where} constrains what its metavariables may stand for.
 */
public record EditStep(String guide, EditKind kind, Scope within, boolean optional, Matches matches, Where where) {
    /** How many places an edit is made at. */
    public enum Matches {
        /** Exactly one: more is ambiguous, none drifted (unless optional). */
        ONE,
        /** Every match; none is not-applicable. */
        ALL
    }

    public EditStep {
        Objects.requireNonNull(guide, "guide");
        Objects.requireNonNull(kind, "kind");
        within = within == null ? Scope.WHOLE_FILE : within;
        matches = matches == null ? Matches.ONE : matches;
        where = where == null ? Where.NONE : where;
        if (matches == Matches.ALL && !kind.takesEveryMatch()) {
            throw new IllegalArgumentException("matches: all is for replace and delete edits");
        }
    }

    public EditStep(String guide, EditKind kind, Scope within, boolean optional) {
        this(guide, kind, within, optional, Matches.ONE, Where.NONE);
    }

    public boolean everyMatch() {
        return matches == Matches.ALL;
    }
}
