package dev.gorewrite.recipe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.gorewrite.pattern.Where;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads a recipe's {@code checks} list; check ids must be unique within the recipe. */
final class CheckReader {
    private static final List<String> KINDS = List.of("present", "absent", "exactly-once", "before");
    private static final List<String> KEYS = List.of("id", "says", "present", "absent", "exactly-once", "before", "then",
            "inside", "not-inside", "where", "only-if-changed");

    private CheckReader() {
    }

    /** Every check that reads cleanly; the others are reported. */
    static List<Check> readAll(List<Node> items, String path, Problems problems) {
        List<Check> checks = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = YamlValues.index(path, i);
            Optional<YamlMapping> check = YamlMapping.read(items.get(i), itemPath, problems);
            if (check.isEmpty()) {
                continue;
            }
            Optional<Node> idNode = check.get().optional("id");
            Optional<String> id = idNode.flatMap(YamlValues::scalar);
            if (id.isPresent()) {
                Integer first = idLines.putIfAbsent(id.get(), YamlValues.line(idNode.get()));
                if (first != null) {
                    problems.add(idNode.get(), check.get().pathOf("id"), "duplicate check id '" + id.get()
                            + "'; the first one is at line " + first + ": give each check its own id");
                }
            }
            read(check.get()).ifPresent(checks::add);
        }
        return checks;
    }

    private static Optional<Check> read(YamlMapping check) {
        check.allowOnly(KEYS);
        Optional<String> id = check.text("id");
        Optional<String> says = check.text("says");
        Optional<String> kind = check.exactlyOne(KINDS, "empty check: give one of " + String.join(", ", KINDS));
        Optional<Anchor> target = kind.flatMap(key -> AnchorReader.required(check, key));
        Optional<Anchor> then = Optional.empty();
        boolean ordered = kind.map("before"::equals).orElse(check.has("before"));
        if (check.has("then") && !ordered) {
            check.problems().add(check.lineOf("then"), check.pathOf("then"),
                    "then goes only with before: give before: ANCHOR, the code that must come first");
            return Optional.empty();
        }
        if (ordered && !check.has("then")) {
            check.problems().add(check.lineOf("before"), check.pathOf("before"),
                    "before needs then: give then: ANCHOR, the code that must come after it");
            return Optional.empty();
        }
        if (ordered) {
            then = AnchorReader.required(check, "then");
            if (then.isEmpty()) {
                return Optional.empty();
            }
        }
        Optional<Scope> scope = MatchingReader.nesting(check, Scope.WHOLE_FILE);
        Optional<Where> where = target.flatMap(t -> MatchingReader.where(check, t instanceof Anchor.Code c
                ? c.pattern().metavariables() : java.util.Set.of()));
        Optional<Boolean> onlyIfChanged = check.bool("only-if-changed", false);
        if (id.isEmpty() || says.isEmpty() || target.isEmpty() || scope.isEmpty() || where.isEmpty()
                || onlyIfChanged.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Check(id.get(), says.get(), checkKind(kind.get()), target.get(), then, scope.get(),
                where.get(), onlyIfChanged.get()));
    }

    private static Check.Kind checkKind(String key) {
        return switch (key) {
            case "present" -> Check.Kind.PRESENT;
            case "absent" -> Check.Kind.ABSENT;
            case "exactly-once" -> Check.Kind.EXACTLY_ONCE;
            case "before" -> Check.Kind.BEFORE;
            default -> throw new IllegalArgumentException("not a check kind: " + key);
        };
    }
}
