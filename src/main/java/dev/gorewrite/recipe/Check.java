package dev.gorewrite.recipe;

import java.util.Objects;
import java.util.Optional;

/**
 * A condition the migrated file must meet (the guide's "Validation After Changes"): the target is
 * present, absent, present exactly once, or found before {@code then}.
 */
public record Check(String id, String says, Kind kind, Anchor target, Optional<Anchor> then) {
    public enum Kind { PRESENT, ABSENT, EXACTLY_ONCE, BEFORE }

    public Check {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(says, "says");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        then = then == null ? Optional.empty() : then;
        if ((kind == Kind.BEFORE) != then.isPresent()) {
            throw new IllegalArgumentException("a `before` check, and only it, has a `then` anchor");
        }
    }
}
