package dev.gorewrite.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The text report of a read guide, as lines (the CLI prints them): sections, steps, blocks, kinds. */
public final class GuideReport {
    private final Guide guide;
    private final List<String> lines = new ArrayList<>();

    private GuideReport(Guide guide) {
        this.guide = guide;
    }

    public static List<String> lines(Guide guide) {
        GuideReport report = new GuideReport(guide);
        report.header();
        guide.sections().forEach(report::section);
        report.validations();
        report.summary();
        return List.copyOf(report.lines);
    }

    private void header() {
        lines.add("guide: " + guide.path() + (guide.title().isEmpty() ? "" : " - " + guide.title()));
        lines.add("text: " + guide.repair().describe());
        for (Reference r : guide.references()) {
            lines.add("reference (not a change): line " + r.line() + " " + r.heading() + ", " + r.blocks().size()
                    + " block(s)");
        }
    }

    private void section(FileSection section) {
        lines.add("");
        lines.add(section.file().orElse("(no file named)") + "  [" + section.title() + ", line "
                + section.line() + "]");
        for (Step step : section.steps()) {
            lines.add(String.format("  %4d  %s  -> %s", step.line(), step.heading(), kindOf(section, step)));
            details(step);
        }
    }

    private static String kindOf(FileSection section, Step step) {
        DraftKind kind = DraftKind.of(section, step);
        return step instanceof Step.SameAs same ? kind.word() + " " + same.section()
                + (same.index() == 0 ? " (all steps)" : " step " + same.index()) : kind.word();
    }

    private void details(Step step) {
        if (step instanceof Step.Change change) {
            lines.add("        location: " + change.location().describe());
            for (Block b : change.blocks()) {
                lines.add("        " + b.label().describe() + " (" + (b.language().isEmpty() ? "no language" : b.language())
                        + ", line " + b.line() + (b.damaged() ? ", DAMAGED code" : "") + "): " + b.summary());
            }
        } else if (step instanceof Step.SameAs same) {
            for (Step.Substitution s : same.substitutions()) {
                lines.add("        with \"" + s.from() + "\" -> \"" + s.to() + "\""
                        + (s.stated() ? "" : " (inferred from the file names)"));
            }
        }
    }

    private void validations() {
        lines.add("");
        lines.add("validations:");
        for (Validation v : guide.validations()) {
            String codes = v.codes().isEmpty() ? "names no code" : v.codes().stream().collect(Collectors.joining(", "));
            lines.add(String.format("  %4d  %s  [%s]", v.line(), v.text(), codes));
        }
    }

    private void summary() {
        long manual = guide.sections().stream()
                .flatMap(s -> s.steps().stream().filter(st -> DraftKind.of(s, st) == DraftKind.MANUAL)).count();
        long naming = guide.validations().stream().filter(v -> !v.codes().isEmpty()).count();
        lines.add("");
        lines.add(guide.sections().size() + " file section(s), " + guide.stepCount() + " step(s) (" + manual
                + " manual), " + guide.validations().size() + " validation(s) (" + naming + " naming code)");
    }
}
