package dev.gorewrite.engine;

import dev.gorewrite.edit.Edit;
import java.util.List;
import java.util.Objects;

/** An edit step's verdict for one file and the text changes it needs (none unless applied). */
record PlannedEdit(EditOutcome outcome, List<Edit> changes) {
    PlannedEdit {
        Objects.requireNonNull(outcome, "outcome");
        changes = List.copyOf(changes);
        if (!changes.isEmpty() && outcome.status() != EditStatus.APPLIED) {
            throw new IllegalArgumentException("only an applied edit changes text");
        }
    }
}
