package dev.gorewrite.guide;

import java.util.List;
import java.util.Objects;

/** One step of a file section, in guide order. */
public sealed interface Step permits Step.Change, Step.SameAs {
    /** The 1-based line of the guide the step starts on. */
    int line();

    String heading();

    /** A step the guide writes out: a location and its labelled blocks. */
    record Change(int line, String heading, Location location, List<Block> blocks) implements Step {
        public Change {
            requireLine(line);
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(location, "location");
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * "Same changes as Gateway": the referenced section's step number {@code index} (1-based; 0 for
     * all of them) again, with {@code substitutions}; {@code codes} are the inline code the item names.
     */
    record SameAs(int line, String heading, String section, int index, List<Substitution> substitutions,
                  List<String> codes) implements Step {
        public SameAs {
            requireLine(line);
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(section, "section");
            substitutions = List.copyOf(substitutions);
            codes = List.copyOf(codes);
            if (index < 0) {
                throw new IllegalArgumentException("negative step index " + index);
            }
        }
    }

    /** {@code from} becomes {@code to}; {@code stated} when the guide wrote it, not inferred from file names. */
    record Substitution(String from, String to, boolean stated) {
        public Substitution {
            Objects.requireNonNull(to, "to");
            if (Objects.requireNonNull(from, "from").isEmpty()) {
                throw new IllegalArgumentException("empty substitution");
            }
        }
    }

    private static void requireLine(int line) {
        if (line < 1) {
            throw new IllegalArgumentException("guide lines start at 1: " + line);
        }
    }
}
