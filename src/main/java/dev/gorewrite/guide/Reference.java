package dev.gorewrite.guide;

import java.util.List;
import java.util.Objects;

/** A section that shows code without asking for a change ("Reference Implementation"): kept, never drafted. */
public record Reference(int line, String heading, List<Block> blocks) {
    public Reference {
        Objects.requireNonNull(heading, "heading");
        blocks = List.copyOf(blocks);
        if (line < 1) {
            throw new IllegalArgumentException("guide lines start at 1: " + line);
        }
    }
}
