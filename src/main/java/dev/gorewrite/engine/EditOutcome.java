package dev.gorewrite.engine;

import java.util.Objects;

/** One edit's status in one file; {@code line} is where it applied or was found (0 if nowhere). */
public record EditOutcome(String recipeId, String guide, EditStatus status, int line, String detail) {
    public EditOutcome {
        Objects.requireNonNull(recipeId, "recipeId");
        Objects.requireNonNull(guide, "guide");
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
        if (line < 0) {
            throw new IllegalArgumentException("line " + line);
        }
    }
}
