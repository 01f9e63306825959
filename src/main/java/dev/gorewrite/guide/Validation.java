package dev.gorewrite.guide;

import java.util.List;
import java.util.Objects;

/** One item of a guide's validation checklist, with the code (inline code spans) it names. */
public record Validation(int line, String text, List<String> codes) {
    public Validation {
        Objects.requireNonNull(text, "text");
        codes = List.copyOf(codes);
        if (line < 1) {
            throw new IllegalArgumentException("guide lines start at 1: " + line);
        }
    }
}
