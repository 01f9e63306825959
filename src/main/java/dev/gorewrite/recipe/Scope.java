package dev.gorewrite.recipe;

import dev.gorewrite.pattern.Pattern;
import java.util.Optional;

/**
 * Where an edit or check may match: after the {@code from} anchor and before the {@code to}
 * anchor (either optional), and inside a node matching {@code inside} and no node matching
 * {@code notInside} (each optional).
 */
public record Scope(Optional<Anchor> from, Optional<Anchor> to, Optional<Pattern> inside, Optional<Pattern> notInside) {
    public static final Scope WHOLE_FILE = new Scope(Optional.empty(), Optional.empty());

    public Scope {
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        inside = inside == null ? Optional.empty() : inside;
        notInside = notInside == null ? Optional.empty() : notInside;
    }

    public Scope(Optional<Anchor> from, Optional<Anchor> to) {
        this(from, to, Optional.empty(), Optional.empty());
    }

    public Scope nested(Optional<Pattern> inside, Optional<Pattern> notInside) {
        return new Scope(from, to, inside, notInside);
    }

    public boolean hasAnchors() {
        return from.isPresent() || to.isPresent();
    }
}
