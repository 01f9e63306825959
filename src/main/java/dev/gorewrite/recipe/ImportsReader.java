package dev.gorewrite.recipe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Reads a recipe's `imports`: a mapping whose entries with a string value say which path a
 * package name stands for, and whose `add` and `remove` lists name imports to add or remove
 * outright. The two list keys are the only names that cannot be declared; no standard package has
 * either name.
 */
final class ImportsReader {
    private static final String NAME = "[\\p{L}_][\\p{L}\\p{Nd}_]*";
    /** What an import path may not hold here: we write it back between double quotes. */
    private static final String PATH = "[^\\s\"`\\\\]+";

    private ImportsReader() {}

    /** The imports at {@code key}; empty after a problem. */
    static Optional<RecipeImports> read(Node node, String key, Problems problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(node, key, "expected a mapping of package names to import paths (os: os),"
                    + " add: [...] and remove: [...]; found " + YamlValues.describe(node));
            return Optional.empty();
        }
        Map<String, String> names = new LinkedHashMap<>();
        List<RecipeImports.Spec> add = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        boolean ok = true;
        for (NodeTuple t : mapping.getValue()) {
            String name = YamlValues.scalar(t.getKeyNode()).orElse("");
            String path = YamlValues.key(key, name);
            ok &= switch (name) {
                case "add" -> each(t.getValueNode(), path, problems, s -> spec(s, add));
                case "remove" -> each(t.getValueNode(), path, problems, s -> isPath(s) && remove.add(s));
                default -> declared(name, t, path, problems, names);
            };
        }
        return ok ? Optional.of(new RecipeImports(names, add, remove)) : Optional.empty();
    }

    private static boolean declared(String name, NodeTuple t, String path, Problems problems, Map<String, String> names) {
        if (!name.matches(NAME) || name.equals("_")) {
            problems.add(t.getKeyNode(), path, "'" + name + "' is not a package name: write the name the code uses"
                    + " before the dot, as in os: os or yaml: gopkg.in/yaml.v3");
            return false;
        }
        Optional<String> value = YamlValues.text(t.getValueNode(), path, problems);
        if (value.isPresent() && !isPath(value.get())) {
            problems.add(t.getValueNode(), path, "'" + value.get() + "' is not an import path (no blanks, quotes"
                    + " or backslashes)");
            return false;
        }
        value.ifPresent(v -> names.put(name, v));
        return value.isPresent();
    }

    /** `path` or `name path` (name may be `_` or `.`), as the spec would be written without its quotes. */
    private static boolean spec(String text, List<RecipeImports.Spec> out) {
        String[] parts = text.strip().split("\\s+");
        if (parts.length == 1 && isPath(parts[0])) {
            return out.add(new RecipeImports.Spec("", parts[0]));
        }
        if (parts.length == 2 && (parts[0].matches(NAME) || parts[0].equals(".")) && isPath(parts[1])) {
            return out.add(new RecipeImports.Spec(parts[0], parts[1]));
        }
        return false;
    }

    private static boolean isPath(String text) {
        return text.matches(PATH);
    }

    /** Every item of a list of strings passes {@code accept}; the ones that do not are reported. */
    private static boolean each(Node node, String path, Problems problems, java.util.function.Predicate<String> accept) {
        Optional<List<Node>> items = YamlValues.list(node, path, problems);
        boolean ok = items.isPresent();
        for (int i = 0; i < items.map(List::size).orElse(0); i++) {
            Node item = items.get().get(i);
            Optional<String> text = YamlValues.text(item, YamlValues.index(path, i), problems);
            boolean accepted = text.isPresent() && accept.test(text.get());
            if (text.isPresent() && !accepted) {
                problems.add(item, YamlValues.index(path, i), "'" + text.get() + "' is not an import: write a path"
                        + (path.endsWith("add") ? ", or a name and a path (_ embed, kinfra example.com/infra)" : ""));
            }
            ok &= accepted;
        }
        return ok;
    }
}
