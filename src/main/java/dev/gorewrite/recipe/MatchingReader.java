package dev.gorewrite.recipe;

import dev.gorewrite.pattern.NodeKind;
import dev.gorewrite.pattern.Pattern;
import dev.gorewrite.pattern.Where;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads what edits and checks share about where they match: `inside` / `not-inside` (a pattern
 * the match must, or must not, lie within) and `where` (constraints on metavariables).
 */
final class MatchingReader {
    static final List<String> KEYS = List.of("inside", "not-inside", "where");
    private static final List<String> CONSTRAINTS = List.of("kind", "regex", "not");

    private MatchingReader() {}

    /** {@code scope} with the entry's `inside` / `not-inside`; empty after a problem. */
    static Optional<Scope> nesting(YamlMapping entry, Scope scope) {
        Optional<List<Pattern>> inside = patterns(entry, "inside");
        Optional<List<Pattern>> notInside = patterns(entry, "not-inside");
        if (inside.isEmpty() || notInside.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(scope.nested(inside.get(), notInside.get()));
    }

    /** A pattern or a list of patterns (any of them), none when the key is absent; empty after a problem. */
    private static Optional<List<Pattern>> patterns(YamlMapping entry, String key) {
        if (!entry.has(key)) {
            return Optional.of(List.of());
        }
        Node node = entry.optional(key).get();
        List<Node> items = node instanceof SequenceNode seq ? seq.getValue() : List.of(node);
        List<Pattern> out = new ArrayList<>();
        boolean ok = !items.isEmpty();
        for (int i = 0; i < items.size(); i++) {
            String path = node instanceof SequenceNode ? YamlValues.index(entry.pathOf(key), i) : entry.pathOf(key);
            Optional<Pattern> p = PatternReader.read(items.get(i), path, entry.problems(), true);
            ok &= p.isPresent();
            p.ifPresent(out::add);
        }
        if (items.isEmpty()) {
            entry.problems().add(node, entry.pathOf(key), "give a pattern or a non-empty list of patterns");
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    /** The entry's `where`, checked against the metavariables {@code binds}; empty after a problem. */
    static Optional<Where> where(YamlMapping entry, java.util.Set<String> binds) {
        if (!entry.has("where")) {
            return Optional.of(Where.NONE);
        }
        Optional<YamlMapping> read = YamlMapping.read(entry.optional("where").get(), entry.pathOf("where"), entry.problems());
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<Where.Constraint>> constraints = new LinkedHashMap<>();
        boolean ok = true;
        for (NodeTuple t : ((MappingNode) entry.optional("where").get()).getValue()) {
            String name = YamlValues.scalar(t.getKeyNode()).orElse("");
            String path = read.get().pathOf(name);
            if (!binds.contains(name) || name.startsWith("$...") || name.equals("$_")) {
                entry.problems().add(t.getKeyNode(), path, "where constrains the metavariables the pattern binds ("
                        + String.join(", ", binds.stream().filter(b -> !b.startsWith("$...") && !b.equals("$_")).toList())
                        + "), not " + name);
                ok = false;
                continue;
            }
            Optional<List<Where.Constraint>> list = constraints(t.getValueNode(), path, entry.problems());
            ok &= list.isPresent();
            list.ifPresent(l -> constraints.put(name, l));
        }
        return ok ? Optional.of(new Where(constraints)) : Optional.empty();
    }

    private static Optional<List<Where.Constraint>> constraints(Node node, String path, Problems problems) {
        Optional<YamlMapping> read = YamlMapping.read(node, path, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping m = read.get();
        m.allowOnly(CONSTRAINTS);
        List<Where.Constraint> out = new ArrayList<>();
        boolean ok = true;
        if (m.has("kind")) {
            Optional<Where.Constraint> kind = m.text("kind").flatMap(k -> kind(k, m));
            ok &= kind.isPresent();
            kind.ifPresent(out::add);
        }
        if (m.has("regex")) {
            Optional<Where.Constraint> regex = m.text("regex").flatMap(r -> regex(r, m));
            ok &= regex.isPresent();
            regex.ifPresent(out::add);
        }
        if (m.has("not")) {
            Optional<Pattern> not = m.optional("not").flatMap(n -> PatternReader.read(n, m.pathOf("not"), problems, true));
            ok &= not.isPresent();
            not.ifPresent(p -> out.add(new Where.Constraint.Not(p)));
        }
        if (ok && out.isEmpty()) {
            problems.add(node, path, "give kind, regex or not");
            return Optional.empty();
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    private static Optional<Where.Constraint> kind(String spelling, YamlMapping m) {
        Optional<NodeKind> kind = NodeKind.parse(spelling);
        if (kind.isEmpty()) {
            m.problems().add(m.lineOf("kind"), m.pathOf("kind"), "unknown kind '" + spelling + "'; expected one of: "
                    + String.join(", ", Arrays.stream(NodeKind.values()).map(NodeKind::spelling).toList()));
        }
        return kind.map(Where.Constraint.Kind::new);
    }

    private static Optional<Where.Constraint> regex(String regex, YamlMapping m) {
        try {
            return Optional.of(new Where.Constraint.Regex(java.util.regex.Pattern.compile(regex)));
        } catch (PatternSyntaxException e) {
            m.problems().add(m.lineOf("regex"), m.pathOf("regex"), "not a regular expression: " + e.getDescription());
            return Optional.empty();
        }
    }

}
