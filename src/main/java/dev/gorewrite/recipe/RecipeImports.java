package dev.gorewrite.recipe;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a recipe says about imports (recipes/FORMAT.md, "Imports"): {@code names} maps a package
 * name its new code uses to the path to import when a file lacks it; {@code add} and {@code
 * remove} are imports a file the recipe changed gets or loses even though its code does not say so
 * (a blank import, say).
 */
public record RecipeImports(Map<String, String> names, List<Spec> add, List<String> remove) {
    public static final RecipeImports NONE = new RecipeImports(Map.of(), List.of(), List.of());

    /** One import as Go writes it: {@code name} is empty for the package's own name, or `_`, `.` or another name. */
    public record Spec(String name, String path) {
        public Spec {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(path, "path");
            if (path.isBlank()) {
                throw new IllegalArgumentException("an import needs a path");
            }
        }

        /** As in an import declaration: {@code "path"} or {@code name "path"}. */
        public String goText() {
            return (name.isEmpty() ? "" : name + " ") + "\"" + path + "\"";
        }
    }

    public RecipeImports {
        names = java.util.Collections.unmodifiableMap(new TreeMap<>(names));
        add = List.copyOf(add);
        remove = List.copyOf(remove);
    }

    public boolean isEmpty() {
        return names.isEmpty() && add.isEmpty() && remove.isEmpty();
    }
}
