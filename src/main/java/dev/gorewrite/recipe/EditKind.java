package dev.gorewrite.recipe;

import dev.gorewrite.pattern.Pattern;
import java.util.Objects;

/** What an edit does. Every kind knows how to recognise its own result, for idempotent re-runs. */
public sealed interface EditKind {
    /** Replace the code matching {@code from} by {@code to}; `$X` in {@code to} takes what it matched in {@code from}. */
    record Replace(Pattern from, Pattern to) implements EditKind {
        public Replace {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** Insert {@code code} on its own lines before or after an anchor, set off by a blank line if {@code separate}. */
    record Insert(Placement placement, Anchor anchor, Pattern code, boolean separate) implements EditKind {
        public enum Placement { BEFORE, AFTER }

        public Insert {
            Objects.requireNonNull(placement, "placement");
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(code, "code");
        }
    }

    /** Delete the lines of the code matching {@code code}, with the comment right above it. */
    record Delete(Pattern code) implements EditKind {
        public Delete {
            Objects.requireNonNull(code, "code");
        }
    }

    /** Delete whole lines from the {@code from} anchor through the first match of {@code through} after it. */
    record DeleteSection(Anchor from, Pattern through) implements EditKind {
        public DeleteSection {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(through, "through");
        }
    }

    /** Delete a top-level function, method, type, var or const declaration by name, with its doc comment. */
    record DeleteDeclaration(String name) implements EditKind {
        public DeleteDeclaration {
            if (name == null || !name.matches("[\\p{L}_][\\p{L}\\p{Nd}_]*")) {
                throw new IllegalArgumentException("not a Go name: " + name);
            }
        }
    }
}
