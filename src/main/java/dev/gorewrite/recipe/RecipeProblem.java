package dev.gorewrite.recipe;

import java.util.Objects;

/** One problem in a recipe file; {@code fieldPath} is like {@code edits[2].replace.from}. */
public record RecipeProblem(String file, int line, String fieldPath, String message) {
    public RecipeProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fieldPath, "fieldPath");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + (fieldPath.isEmpty() ? "" : fieldPath + ": ") + message;
    }
}
