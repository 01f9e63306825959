package dev.gorewrite.recipe;

import dev.gorewrite.pattern.Pattern;
import java.util.Objects;

/** A place in a file: a comment found by its text (a phase banner), or code found by a pattern. */
public sealed interface Anchor {
    record Comment(String text) implements Anchor {
        public Comment {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("a comment anchor needs text");
            }
        }

        @Override
        public String toString() {
            return "comment containing \"" + text + "\"";
        }
    }

    record Code(Pattern pattern) implements Anchor {
        public Code {
            Objects.requireNonNull(pattern, "pattern");
        }

        @Override
        public String toString() {
            return "code `" + pattern + "`";
        }
    }
}
