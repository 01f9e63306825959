package dev.gorewrite.guide;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a read {@link Guide} into draft recipes, one per file section. With {@code root} the
 * section's file is read to choose anchors and to find code the guide's blocks no longer match.
 */
public final class Drafter {
    private Drafter() {
    }

    public static Drafts draft(Guide guide, Optional<Path> root, LocalDate today) {
        Objects.requireNonNull(guide, "guide");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(today, "today");
        List<DraftedStep> manual = new ArrayList<>();
        for (FileSection section : guide.sections()) {
            for (Step step : section.steps()) {
                manual.add(new DraftedStep(step.line(), step.heading(), DraftKind.of(section, step), Certainty.MANUAL, -1,
                        "not drafted yet"));
            }
        }
        return new Drafts(List.of(), manual);
    }
}
