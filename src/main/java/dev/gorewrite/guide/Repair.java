package dev.gorewrite.guide;

import java.util.Objects;

/**
 * A guide's text after mojibake repair: how many damaged runs were restored, and how many were
 * left with lost bytes (shown as U+FFFD, so that nothing downstream mistakes them for real text).
 */
public record Repair(String text, int repaired, int left) {
    public Repair {
        Objects.requireNonNull(text, "text");
        if (repaired < 0 || left < 0) {
            throw new IllegalArgumentException("negative run count: " + repaired + ", " + left);
        }
    }

    public boolean damaged() {
        return repaired + left > 0;
    }

    public String describe() {
        return damaged() ? "repaired " + repaired + " damaged run(s), " + left + " left with lost bytes"
                : "no damaged text";
    }
}
