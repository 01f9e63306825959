package dev.gorewrite.guide;

import java.util.List;
import java.util.Objects;

/** A migration guide read into typed parts; {@code repair} says what damaged text was mended. */
public record Guide(String path, String title, List<FileSection> sections, List<Reference> references,
                    List<Validation> validations, Repair repair) {
    public Guide {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(repair, "repair");
        sections = List.copyOf(sections);
        references = List.copyOf(references);
        validations = List.copyOf(validations);
    }

    public int stepCount() {
        return sections.stream().mapToInt(s -> s.steps().size()).sum();
    }
}
