package dev.gorewrite.guide;

import java.util.List;
import java.util.Objects;

/** One drafted recipe file: its name ("gateway_e2e_hybrid.yaml"), its YAML text, and what each step became. */
public record DraftedRecipe(String fileName, String yaml, List<DraftedStep> steps, List<DraftedCheck> checks) {
    public DraftedRecipe {
        Objects.requireNonNull(yaml, "yaml");
        steps = List.copyOf(steps);
        checks = List.copyOf(checks);
        if (!Objects.requireNonNull(fileName, "fileName").endsWith(".yaml") || fileName.contains("/")) {
            throw new IllegalArgumentException("a recipe file name is NAME.yaml: " + fileName);
        }
    }
}
