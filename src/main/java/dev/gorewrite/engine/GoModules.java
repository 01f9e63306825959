package dev.gorewrite.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Which Go module a folder belongs to: the nearest folder at or above it holding a go.mod. */
final class GoModules {
    private GoModules() {}

    static Optional<Path> moduleOf(Path folder) {
        for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("go.mod"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
