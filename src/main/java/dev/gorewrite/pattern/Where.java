package dev.gorewrite.pattern;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Constraints on what metavariables may stand for (`where: {$X: {kind: identifier}}`), checked
 * when a metavariable is bound, so a match that breaks one is no match at all.
 */
public record Where(Map<String, List<Constraint>> constraints) {
    public static final Where NONE = new Where(Map.of());

    public Where {
        constraints = Map.copyOf(constraints);
        constraints.forEach((name, list) -> {
            if (!name.startsWith("$") || name.startsWith("$...") || name.equals("$_")) {
                throw new IllegalArgumentException("constraints are on metavariables such as $X: " + name);
            }
        });
    }

    /** One condition on the code a metavariable stands for. */
    public sealed interface Constraint {
        /** The node is of this kind (see {@link NodeKind}). */
        record Kind(NodeKind kind) implements Constraint {
            public Kind {
                Objects.requireNonNull(kind, "kind");
            }
        }

        /** The code, as written, contains a match of this regular expression. */
        record Regex(java.util.regex.Pattern regex) implements Constraint {
            public Regex {
                Objects.requireNonNull(regex, "regex");
            }
        }

        /** The code is not (as a whole) a match of this pattern. */
        record Not(Pattern pattern) implements Constraint {
            public Not {
                Objects.requireNonNull(pattern, "pattern");
            }
        }
    }

    boolean isEmpty() {
        return constraints.isEmpty();
    }

    List<Constraint> on(String name) {
        return constraints.getOrDefault(name, List.of());
    }
}
