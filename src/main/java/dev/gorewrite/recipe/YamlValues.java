package dev.gorewrite.recipe;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Reading single YAML values (strings, booleans, lists) with a type problem when they are something else. */
final class YamlValues {
    private YamlValues() {
    }

    /** The 1-based line where {@code node} starts. */
    static int line(Node node) {
        return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(1);
    }

    static String key(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String index(String path, int index) {
        return path + "[" + index + "]";
    }

    /** What a node is, in words for a problem message: "a list", "a mapping", "nothing", ... */
    static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        Tag tag = node.getTag();
        if (tag.equals(Tag.NULL)) {
            return "nothing";
        }
        if (tag.equals(Tag.BOOL)) {
            return "a boolean";
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return "a number";
        }
        return "a string";
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    /** The text of a non-null scalar, without reporting anything when it is not one. */
    static Optional<String> scalar(Node node) {
        return node instanceof ScalarNode s && !isNull(node) ? Optional.of(s.getValue()) : Optional.empty();
    }

    /**
     * Any scalar but null, as written: `title: 2024` is meant as text, and quoting it would only be
     * a chore for the author.
     */
    static Optional<String> string(Node node, String path, Problems problems) {
        Optional<String> value = scalar(node);
        if (value.isEmpty()) {
            problems.add(node, path, "expected a string, found " + describe(node));
        }
        return value;
    }

    /** A string with something in it besides blanks. */
    static Optional<String> text(Node node, String path, Problems problems) {
        Optional<String> value = string(node, path, problems);
        if (value.isPresent() && value.get().isBlank()) {
            problems.add(node, path, "must not be empty");
            return Optional.empty();
        }
        return value;
    }

    static Optional<Boolean> bool(Node node, String path, Problems problems) {
        if (node instanceof ScalarNode scalar && node.getTag().equals(Tag.BOOL)) {
            return Optional.of(Boolean.parseBoolean(scalar.getValue().toLowerCase(java.util.Locale.ROOT)));
        }
        String value = scalar(node).map(text -> " '" + text + "'").orElse("");
        problems.add(node, path, "expected true or false, found " + describe(node) + value);
        return Optional.empty();
    }

    static Optional<List<Node>> list(Node node, String path, Problems problems) {
        if (node instanceof SequenceNode sequence) {
            return Optional.of(sequence.getValue());
        }
        problems.add(node, path, "expected a list, found " + describe(node));
        return Optional.empty();
    }
}
