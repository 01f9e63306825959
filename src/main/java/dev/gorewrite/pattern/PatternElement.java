package dev.gorewrite.pattern;

import dev.gorewrite.golang.antlr.GoLexer;
import java.util.Objects;

/** One step of a compiled pattern: a Go token, a `$NAME` metavariable or a `...` (or `$...NAME`) wildcard. */
public sealed interface PatternElement {
    /** A code token that must appear as written; semicolons match explicit and automatic ones alike. */
    record Literal(int type, String text) implements PatternElement {
        public Literal {
            Objects.requireNonNull(text, "text");
        }

        boolean matches(int tokenType, String tokenText) {
            return type == tokenType && (type == GoLexer.SEMI || text.equals(tokenText));
        }

        @Override
        public String toString() {
            return type == GoLexer.SEMI ? "newline or ';'" : "'" + text + "'";
        }
    }

    /** Matches one expression, type or name; the same name twice must match the same code. */
    record Metavariable(String name) implements PatternElement {
        public Metavariable {
            if (!name.startsWith("$") || name.length() < 2) {
                throw new IllegalArgumentException("metavariable names start with $: " + name);
            }
        }

        boolean anonymous() {
            return name.equals("$_");
        }

        @Override
        public String toString() {
            return "an expression for " + name;
        }
    }

    /**
     * Matches any balanced run of tokens, empty included. A named one ({@code $...NAME}, name
     * {@code "$...NAME"}) binds the run, which a replacement may then use; the same name twice
     * must match the same code. {@code name} is null for a plain {@code ...}.
     */
    record Wildcard(String name) implements PatternElement {
        public Wildcard {
            if (name != null && (!name.startsWith("$...") || name.length() < 5)) {
                throw new IllegalArgumentException("named wildcards are written $...NAME: " + name);
            }
        }

        @Override
        public String toString() {
            return name == null ? "..." : name;
        }
    }
}
