package dev.gorewrite.engine;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An entry a walk could not take as a Go file, and why (the text follows the path in a message):
 * a folder it could not list, a pipe or device, a path that does not exist.
 */
public record Skipped(Path path, String reason) {
    public Skipped {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }
}
