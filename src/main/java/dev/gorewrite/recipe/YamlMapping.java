package dev.gorewrite.recipe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A YAML mapping read as one recipe object: its keys checked against the known ones, its values
 * looked up with their field path. This and the snakeyaml node tree are the raw side of loading;
 * the readers turn them into the checked model.
 */
final class YamlMapping {
    private final MappingNode node;
    private final String path;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMapping(MappingNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        for (NodeTuple entry : node.getValue()) {
            if (!(entry.getKeyNode() instanceof ScalarNode key)) {
                problems.add(entry.getKeyNode(), path, "a key must be a plain word, found "
                        + YamlValues.describe(entry.getKeyNode()));
                continue;
            }
            NodeTuple first = entries.putIfAbsent(key.getValue(), entry);
            if (first != null) {
                problems.add(key, pathOf(key.getValue()), "duplicate key '" + key.getValue()
                        + "'; the first one is at line " + YamlValues.line(first.getKeyNode()) + ": keep one");
            }
        }
    }

    /** The mapping at {@code path}, or empty after reporting that {@code node} is something else. */
    static Optional<YamlMapping> read(Node node, String path, Problems problems) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMapping(mapping, path, problems));
        }
        problems.add(node, path, "expected a mapping, found " + YamlValues.describe(node));
        return Optional.empty();
    }

    /** Reports every key that is not one of {@code known}, with the known key it was probably meant to be. */
    void allowOnly(List<String> known) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            String key = entry.getKey();
            if (known.contains(key)) {
                continue;
            }
            String hint = Spelling.nearest(key, known).map(k -> "; did you mean '" + k + "'?").orElse("");
            problems.add(entry.getValue().getKeyNode(), pathOf(key),
                    "unknown key '" + key + "'; expected one of: " + String.join(", ", known) + hint);
        }
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Optional<Node> optional(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    /** The value of {@code key}, or empty after reporting that it is missing. */
    Optional<Node> required(String key) {
        Optional<Node> value = optional(key);
        if (value.isEmpty()) {
            problems.add(node, path, "missing required key '" + key + "'");
        }
        return value;
    }

    /** The line of {@code key} itself, or of the mapping when the key is absent. */
    int lineOf(String key) {
        NodeTuple entry = entries.get(key);
        return entry == null ? line() : YamlValues.line(entry.getKeyNode());
    }

    /**
     * The one key of {@code choices} given here: none or several are reported, none with
     * {@code noneMessage}, several at the second one given.
     */
    Optional<String> exactlyOne(List<String> choices, String noneMessage) {
        List<String> given = new ArrayList<>();
        for (String key : entries.keySet()) {
            if (choices.contains(key)) {
                given.add(key);
            }
        }
        if (given.isEmpty()) {
            problems.add(node, path, noneMessage);
            return Optional.empty();
        }
        if (given.size() > 1) {
            problems.add(lineOf(given.get(1)), path, "give only one of " + String.join(", ", choices)
                    + "; found " + String.join(" and ", given));
            return Optional.empty();
        }
        return Optional.of(given.get(0));
    }

    Optional<String> text(String key) {
        return required(key).flatMap(value -> YamlValues.text(value, pathOf(key), problems));
    }

    Optional<Boolean> bool(String key, boolean fallback) {
        return optional(key).map(value -> YamlValues.bool(value, pathOf(key), problems)).orElse(Optional.of(fallback));
    }

    String pathOf(String key) {
        return YamlValues.key(path, key);
    }

    String path() {
        return path;
    }

    int line() {
        return YamlValues.line(node);
    }

    Problems problems() {
        return problems;
    }
}
