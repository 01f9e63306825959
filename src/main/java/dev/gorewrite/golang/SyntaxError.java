package dev.gorewrite.golang;

import java.util.Objects;

/** A syntax error at a place in a file; line and column are 1-based, the column counted in bytes as gofmt does. */
public record SyntaxError(String path, int line, int column, String message) {
    public SyntaxError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column + ": " + message;
    }
}
