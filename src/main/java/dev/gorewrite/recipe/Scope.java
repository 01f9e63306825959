package dev.gorewrite.recipe;

import java.util.Optional;

/** Where an edit may match: after the {@code from} anchor and before the {@code to} anchor (either optional). */
public record Scope(Optional<Anchor> from, Optional<Anchor> to) {
    public static final Scope WHOLE_FILE = new Scope(Optional.empty(), Optional.empty());

    public Scope {
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
    }
}
