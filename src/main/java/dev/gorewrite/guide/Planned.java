package dev.gorewrite.guide;

import dev.gorewrite.engine.EditStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One guide step as drafted, before the recipe numbers its edits: its edit entry (live, or for
 * review), the imports it adds, what a person should know, and its status when tried alone on ROOT.
 */
record Planned(int line, String heading, String citation, DraftKind kind, Certainty certainty, String note,
               Optional<RecipeDraft.Entry> entry, List<String> imports, Optional<EditStatus> tried) {
    Planned(int line, String heading, String citation, DraftKind kind, Certainty certainty, String note,
            Optional<RecipeDraft.Entry> entry, List<String> imports) {
        this(line, heading, citation, kind, certainty, note, entry, imports, Optional.empty());
    }

    Planned {
        Objects.requireNonNull(tried, "tried");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(note, "note");
        imports = List.copyOf(imports);
    }

    boolean live() {
        return entry.isPresent() && !entry.get().review();
    }

    /** The step's edit applied when tried alone on ROOT's file (its code was not there yet). */
    boolean applied() {
        return live() && tried.filter(s -> s == EditStatus.APPLIED).isPresent();
    }

    Planned withTrial(Trial trial) {
        return new Planned(line, heading, citation, kind, certainty, note, entry, imports, trial.status());
    }

    Planned reviewed(String why, Optional<RecipeDraft.Entry> proposal) {
        return new Planned(line, heading, citation, kind, Certainty.NEEDS_REVIEW, why, proposal, List.of());
    }

    DraftedStep step(int editIndex) {
        return new DraftedStep(line, heading, kind, certainty, editIndex, note);
    }
}
