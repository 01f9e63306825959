package dev.gorewrite.guide;

import java.util.Objects;

/** A place in a file as a drafted recipe names it: a comment's text, or code. */
sealed interface DraftAnchor {
    record Comment(String text) implements DraftAnchor {
        public Comment {
            if (Objects.requireNonNull(text, "text").isBlank()) {
                throw new IllegalArgumentException("a comment anchor needs text");
            }
        }
    }

    record Code(String pattern) implements DraftAnchor {
        public Code {
            if (Objects.requireNonNull(pattern, "pattern").isBlank()) {
                throw new IllegalArgumentException("a code anchor needs code");
            }
        }
    }

    /** As a recipe writes it: `{comment: "…"}`, or the code (a block scalar when it has several lines). */
    default void write(YamlText yaml, int indent, String key) {
        if (this instanceof Comment c) {
            yaml.raw(indent, key + ": {comment: " + YamlText.quoted(c.text()) + "}");
        } else {
            String code = ((Code) this).pattern();
            if (code.strip().contains("\n")) {
                yaml.block(indent, key, code);
            } else {
                yaml.scalar(indent, key, code.strip());
            }
        }
    }

    default String describe() {
        return this instanceof Comment c ? "the comment containing \"" + c.text() + "\""
                : "the code `" + ((Code) this).pattern().strip().lines().findFirst().orElse("") + "`";
    }
}
