package dev.gorewrite.guide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What stands in a NEW FILE's way: lost bytes in its code, or a file of other content at its path under ROOT. */
final class NewFiles {
    private NewFiles() {
    }

    static Optional<String> problem(Optional<Path> root, String path, BlockCode code) {
        if (code.codeDamaged()) {
            return Optional.of("the new file's code lost bytes in transit: check its damaged lines (U+FFFD)");
        }
        if (root.isEmpty() || !Files.isRegularFile(root.get().resolve(path))) {
            return Optional.empty();
        }
        try {
            String there = Files.readString(root.get().resolve(path), StandardCharsets.UTF_8);
            return there.equals(code.code()) ? Optional.empty()
                    : Optional.of(path + " exists under ROOT with other content: the create would refuse to overwrite it");
        } catch (IOException e) {
            return Optional.of(path + " exists under ROOT but cannot be read: " + e.getMessage());
        }
    }
}
