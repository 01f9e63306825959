package dev.gorewrite.recipe;

import java.util.Objects;

/**
 * One problem in a recipe file; {@code fieldPath} is like {@code edits[2].replace.from}. Line 0
 * means the problem is about the whole file or folder (it cannot be read, it is missing), and is
 * left out of {@link #toString()}.
 */
public record RecipeProblem(String file, int line, String fieldPath, String message) {
    public RecipeProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fieldPath, "fieldPath");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (none) or more: " + line);
        }
    }

    @Override
    public String toString() {
        return file + (line == 0 ? "" : ":" + line) + ": " + (fieldPath.isEmpty() ? "" : fieldPath + ": ") + message;
    }
}
