package dev.gorewrite.guide;

import dev.gorewrite.engine.EditOutcome;
import dev.gorewrite.engine.EditStatus;
import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.engine.Rewriter;
import dev.gorewrite.recipe.Recipe;
import dev.gorewrite.recipe.RecipeException;
import dev.gorewrite.recipe.RecipeLoader;
import dev.gorewrite.recipe.RecipeProblem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One drafted edit tried alone on ROOT's file by the engine itself, as `run` would: its status and
 * detail (the nearest candidate of a drifted edit), or why the recipe would not load.
 */
record Trial(Optional<EditStatus> status, int line, String detail) {
    Trial {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }

    static Trial of(RecipeDraft recipe, RecipeDraft.Entry entry, RootFile file) {
        RecipeDraft alone = recipe.withEdits(List.of(entry), List.of());
        Recipe loaded;
        try {
            loaded = RecipeLoader.load("draft", alone.yaml());
        } catch (RecipeException e) {
            return new Trial(Optional.empty(), 0, e.problems().stream().map(RecipeProblem::message)
                    .collect(Collectors.joining("; ")));
        }
        FileOutcome outcome = Rewriter.rewrite(file.parsed(), List.of(loaded));
        if (outcome.edits().isEmpty()) {
            return new Trial(Optional.of(EditStatus.DRIFTED), 0, outcome.problems().toString());
        }
        EditOutcome edit = outcome.edits().get(0);
        String problems = outcome.status() == FileOutcome.Status.FAILED ? " " + outcome.problems() : "";
        return new Trial(Optional.of(edit.status()), edit.line(), edit.detail() + problems);
    }

    /**
     * The edit's own code is found (applied, or applied already), and the file would not fail for
     * it; a deletion that finds nothing to delete is kept as drafted too, as `run` keeps it: its
     * status on ROOT says `absent` (gone already, or the guide's code differs), never `applied`.
     */
    boolean found() {
        return status.filter(s -> s == EditStatus.APPLIED || s == EditStatus.ALREADY_APPLIED || s == EditStatus.ABSENT)
                .isPresent();
    }

    boolean loads() {
        return status.isPresent();
    }
}
