package dev.gorewrite.recipe;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads an anchor: a plain string of code, {@code {code: PATTERN}} or {@code {comment: TEXT}}. */
final class AnchorReader {
    private static final List<String> KEYS = List.of("code", "comment");

    private AnchorReader() {
    }

    static Optional<Anchor> read(Node node, String path, Problems problems) {
        if (node instanceof ScalarNode && !YamlValues.isNull(node)) {
            return PatternReader.read(node, path, problems, true).map(Anchor.Code::new);
        }
        if (!(node instanceof MappingNode)) {
            problems.add(node, path, "expected an anchor: Go code, {code: CODE} or {comment: TEXT}; found "
                    + YamlValues.describe(node));
            return Optional.empty();
        }
        YamlMapping mapping = YamlMapping.read(node, path, problems).orElseThrow();
        mapping.allowOnly(KEYS);
        Optional<String> kind = mapping.exactlyOne(KEYS, "empty anchor: give code: CODE or comment: TEXT");
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Node value = mapping.optional(kind.get()).orElseThrow();
        String valuePath = mapping.pathOf(kind.get());
        if (kind.get().equals("code")) {
            return PatternReader.read(value, valuePath, problems, true).map(Anchor.Code::new);
        }
        return YamlValues.text(value, valuePath, problems).map(Anchor.Comment::new);
    }

    /** The anchor under {@code key} of {@code mapping}, reported when missing. */
    static Optional<Anchor> required(YamlMapping mapping, String key) {
        return mapping.required(key).flatMap(node -> read(node, mapping.pathOf(key), mapping.problems()));
    }
}
