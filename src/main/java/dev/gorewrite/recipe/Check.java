package dev.gorewrite.recipe;

import dev.gorewrite.pattern.Where;
import java.util.Objects;
import java.util.Optional;

/**
 * A condition the migrated file must meet (the guide's "Validation After Changes"): the target is
 * present, absent, present exactly once, or found before {@code then}. {@code scope} limits where
 * the target counts ({@code inside}/{@code notInside}), {@code where} what its metavariables may
 * stand for; {@code onlyIfChanged} runs the check only on files the recipe changed.
 */
public record Check(String id, String says, Kind kind, Anchor target, Optional<Anchor> then, Scope scope, Where where,
        boolean onlyIfChanged) {
    public enum Kind { PRESENT, ABSENT, EXACTLY_ONCE, BEFORE }

    public Check {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(says, "says");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        then = then == null ? Optional.empty() : then;
        scope = scope == null ? Scope.WHOLE_FILE : scope;
        where = where == null ? Where.NONE : where;
        if ((kind == Kind.BEFORE) != then.isPresent()) {
            throw new IllegalArgumentException("a `before` check, and only it, has a `then` anchor");
        }
    }

    public Check(String id, String says, Kind kind, Anchor target, Optional<Anchor> then) {
        this(id, says, kind, target, then, Scope.WHOLE_FILE, Where.NONE, false);
    }
}
