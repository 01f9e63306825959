package dev.gorewrite.engine;

import java.util.Objects;

/** One check on one file: whether it holds, and the line that shows it (or shows the violation). */
public record CheckOutcome(String recipeId, String id, String says, boolean passed, int line, String message) {
    /** The message of an `absent` check that holds: no single line shows it, the whole file does. */
    public static final String NOWHERE = "found nowhere in the file";

    public CheckOutcome {
        Objects.requireNonNull(recipeId, "recipeId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(says, "says");
        Objects.requireNonNull(message, "message");
        if (line < 1) {
            throw new IllegalArgumentException("line " + line);
        }
    }

    /** Holds because something is absent, so {@code line} points at no evidence. */
    public boolean holdsEverywhere() {
        return passed && NOWHERE.equals(message);
    }
}
