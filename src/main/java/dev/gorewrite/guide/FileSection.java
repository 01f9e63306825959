package dev.gorewrite.guide;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The steps for one file: {@code file} is the path the guide names (`**File**: \`a.go\``, a heading
 * naming a file, `a.go:61`), empty when it names none ("all deployment files": manual steps).
 */
public record FileSection(int line, String title, Optional<String> file, List<Step> steps) {
    public FileSection {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(file, "file");
        steps = List.copyOf(steps);
        if (line < 1) {
            throw new IllegalArgumentException("guide lines start at 1: " + line);
        }
    }
}
