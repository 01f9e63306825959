package dev.gorewrite.imports;

import java.util.Objects;
import java.util.Optional;

/**
 * One import of a file as written: {@code name} is empty when the spec has none; {@code start}
 * and {@code end} are char offsets of the spec in the file's text.
 */
record ImportSpec(String name, String path, int start, int end) {
    ImportSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /**
     * The name the file's code uses this package under; none for `_` and `.` imports (never ours
     * to touch), for cgo's "C", and for a path whose package name we cannot tell from it.
     */
    Optional<String> usedAs() {
        if (name.equals("_") || name.equals(".") || path.equals("C")) {
            return Optional.empty();
        }
        return name.isEmpty() ? PackageNames.of(path) : Optional.of(name);
    }
}
