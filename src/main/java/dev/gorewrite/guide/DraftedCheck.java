package dev.gorewrite.guide;

import java.util.Objects;

/** A validation of the guide that became the check {@code checkId} of a drafted recipe. */
public record DraftedCheck(int guideLine, String text, String checkId) {
    public DraftedCheck {
        Objects.requireNonNull(text, "text");
        if (Objects.requireNonNull(checkId, "checkId").isBlank()) {
            throw new IllegalArgumentException("empty check id");
        }
        if (guideLine < 1) {
            throw new IllegalArgumentException("guide lines start at 1: " + guideLine);
        }
    }
}
