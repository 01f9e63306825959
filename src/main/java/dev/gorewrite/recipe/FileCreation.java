package dev.gorewrite.recipe;

import java.util.Objects;

/**
 * A recipe's new file: {@code path} relative to ROOT (no globs, no {@code ..}, a {@code .go}
 * name), created with {@code code} when it is absent. The code is a whole Go file, checked by the
 * loader; the engine lays it out with gofmt as it does any edit's code.
 */
public record FileCreation(String path, String code) {
    public FileCreation {
        Objects.requireNonNull(code, "code");
        if (Objects.requireNonNull(path, "path").isBlank() || path.startsWith("/")) {
            throw new IllegalArgumentException("not a path relative to ROOT: '" + path + "'");
        }
    }
}
