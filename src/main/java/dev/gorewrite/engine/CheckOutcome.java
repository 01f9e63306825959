package dev.gorewrite.engine;

import java.util.Objects;

/** One check on one file: whether it holds, and the line that shows it (or shows the violation). */
public record CheckOutcome(String recipeId, String id, String says, boolean passed, int line, String message) {
    public CheckOutcome {
        Objects.requireNonNull(recipeId, "recipeId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(says, "says");
        Objects.requireNonNull(message, "message");
        if (line < 1) {
            throw new IllegalArgumentException("line " + line);
        }
    }
}
