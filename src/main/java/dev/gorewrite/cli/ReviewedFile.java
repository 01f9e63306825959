package dev.gorewrite.cli;

import dev.gorewrite.engine.EditOutcome;
import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.golang.Utf8;
import dev.gorewrite.report.HunkedDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A file that `run --interactive` would change, with its diff as hunks to take or leave. */
record ReviewedFile(FileOutcome outcome, HunkedDiff diff) {
    ReviewedFile {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(diff, "diff");
        if (outcome.status() != FileOutcome.Status.CHANGED) {
            throw new IllegalArgumentException(outcome.path() + ": only a file that changes is reviewed");
        }
    }

    /** The changed file's hunks with {@code context} unchanged lines around each change. */
    static ReviewedFile of(FileOutcome outcome, int context) {
        return new ReviewedFile(outcome, HunkedDiff.of(outcome.path(), Utf8.decode(outcome.before()),
                Utf8.decode(outcome.after()), context));
    }

    String path() {
        return outcome.path();
    }

    /** "guide (status)" of each edit whose line, or one of whose matches, hunk {@code i} shows. */
    List<String> editsIn(int i) {
        List<String> names = new ArrayList<>();
        for (EditOutcome e : outcome.edits()) {
            if (covered(i, e)) {
                names.add(e.guide() + " (" + e.status().label() + ")");
            }
        }
        return names;
    }

    private boolean covered(int i, EditOutcome e) {
        if (e.line() > 0 && diff.covers(i, e.line())) {
            return true;
        }
        return e.matches().stream().anyMatch(p -> diff.covers(i, p.line()));
    }
}
