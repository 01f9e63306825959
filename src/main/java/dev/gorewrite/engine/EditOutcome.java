package dev.gorewrite.engine;

import java.util.List;
import java.util.Objects;

/**
 * One edit's status in one file; {@code line} is where it applied or was found (0 if nowhere),
 * {@code matches} every place it matched (one entry per match of an every-match edit).
 */
public record EditOutcome(String recipeId, String guide, EditStatus status, int line, String detail,
        List<Place> matches) {
    /** A 1-based line and byte column in the file. */
    public record Place(int line, int column) {
        public Place {
            if (line < 1 || column < 1) {
                throw new IllegalArgumentException("place " + line + ":" + column);
            }
        }

        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    public EditOutcome {
        Objects.requireNonNull(recipeId, "recipeId");
        Objects.requireNonNull(guide, "guide");
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
        matches = matches == null ? List.of() : List.of(matches.toArray(Place[]::new));
        if (line < 0) {
            throw new IllegalArgumentException("line " + line);
        }
    }

    public EditOutcome(String recipeId, String guide, EditStatus status, int line, String detail) {
        this(recipeId, guide, status, line, detail, List.of());
    }

    /** The same edit, reported as not applied because its file failed. */
    EditOutcome heldBack() {
        return status == EditStatus.APPLIED ? new EditOutcome(recipeId, guide, EditStatus.NOT_APPLIED, line,
                "the file failed, so nothing was applied", matches) : this;
    }
}
