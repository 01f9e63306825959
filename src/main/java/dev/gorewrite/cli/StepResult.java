package dev.gorewrite.cli;

import dev.gorewrite.guide.DraftedStep;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One guide step as reported: the drafted edit in words ({@code edit}, "" when none was drafted),
 * the recipe file it is in, and, on ROOT, its status, where it was found (path:line, "" if
 * nowhere) and the problems that explain a failure (path:line:col: message, nearest candidate).
 */
record StepResult(DraftedStep step, String edit, String recipeFile, Optional<StepStatus> status, String where,
        List<String> problems) {
    StepResult {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(edit, "edit");
        Objects.requireNonNull(recipeFile, "recipeFile");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(where, "where");
        problems = List.copyOf(problems);
    }
}
