package dev.gorewrite.recipe;

import dev.gorewrite.pattern.Pattern;
import java.util.List;
import java.util.Optional;

/**
 * Where an edit or check may match: after the {@code from} anchor and before the {@code to}
 * anchor (either optional), inside a node matching one of {@code inside} (when there are any)
 * and inside no node matching one of {@code notInside}.
 */
public record Scope(Optional<Anchor> from, Optional<Anchor> to, List<Pattern> inside, List<Pattern> notInside) {
    public static final Scope WHOLE_FILE = new Scope(Optional.empty(), Optional.empty());

    public Scope {
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        inside = inside == null ? List.of() : List.copyOf(inside);
        notInside = notInside == null ? List.of() : List.copyOf(notInside);
    }

    public Scope(Optional<Anchor> from, Optional<Anchor> to) {
        this(from, to, List.of(), List.of());
    }

    public Scope nested(List<Pattern> inside, List<Pattern> notInside) {
        return new Scope(from, to, inside, notInside);
    }

    public boolean hasAnchors() {
        return from.isPresent() || to.isPresent();
    }
}
