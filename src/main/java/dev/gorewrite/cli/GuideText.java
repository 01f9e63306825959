package dev.gorewrite.cli;

import dev.gorewrite.guide.Certainty;
import dev.gorewrite.guide.Guide;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text report of `guide GUIDE [ROOT]`: per step its guide line and heading, how sure the draft
 * is (drafted, needs review, manual), the drafted edit and, on ROOT, its status; then the guide's
 * validations as checks, and a count that says which steps need a person.
 */
final class GuideText {
    private final String guideName;
    private final List<String> lines = new ArrayList<>();

    private GuideText(Guide guide) {
        this.guideName = Path.of(guide.path()).getFileName().toString();
    }

    /** The report: {@code checks} empty when no ROOT was given (nothing ran). */
    static List<String> lines(Guide guide, List<StepResult> steps, Optional<List<CheckResult>> checks) {
        GuideText text = new GuideText(guide);
        if (checks.isPresent()) {
            text.lines.add("guide: " + guide.path() + (guide.title().isEmpty() ? "" : " - " + guide.title()));
            text.lines.add("text: " + guide.repair().describe());
            text.lines.add("");
        }
        text.lines.add("drafted steps of " + text.guideName + (checks.isPresent() ? ", run on ROOT:" : ":"));
        steps.forEach(text::step);
        checks.ifPresent(text::checks);
        text.summary(steps, checks);
        return List.copyOf(text.lines);
    }

    private void step(StepResult r) {
        lines.add("");
        lines.add(guideName + ":" + r.step().guideLine() + "  " + r.step().heading() + "  [" + certainty(r.step()
                .certainty()) + "]");
        if (r.step().drafted()) {
            String which = r.step().editIndex() >= 0 ? ", edit " + (r.step().editIndex() + 1) : "";
            lines.add("    edit: " + r.edit() + "  (" + r.recipeFile() + which + ")");
        } else {
            lines.add("    edit: none drafted (" + r.step().kind().word() + ")");
        }
        r.status().ifPresent(s -> lines.add("    status: " + s.label() + (r.where().isEmpty() ? "" : "  " + r.where())));
        r.problems().forEach(p -> lines.add("      " + p));
        if (!r.step().note().isEmpty()) {
            lines.add("    note: " + r.step().note());
        }
    }

    static String certainty(Certainty c) {
        switch (c) {
            case DRAFTED:
                return "drafted";
            case NEEDS_REVIEW:
                return "needs review";
            default:
                return "manual";
        }
    }

    private void checks(List<CheckResult> checks) {
        lines.add("");
        lines.add("checks (the guide's validations):" + (checks.isEmpty() ? " none name code" : ""));
        for (CheckResult c : checks) {
            String detail = c.result().equals(CheckResult.FAILS) ? ": " + c.message() : "";
            lines.add(guideName + ":" + c.check().guideLine() + "  " + c.check().text() + "  [" + c.recipeId() + " "
                    + c.check().checkId() + "]: " + c.result() + (c.where().isEmpty() ? "" : "  " + c.where()) + detail);
        }
    }

    private void summary(List<StepResult> steps, Optional<List<CheckResult>> checks) {
        lines.add("");
        String line = steps.size() + " steps: " + count(steps, Certainty.DRAFTED) + " drafted, "
                + count(steps, Certainty.NEEDS_REVIEW) + " need review, " + count(steps, Certainty.MANUAL) + " manual";
        if (checks.isPresent()) {
            long blocked = steps.stream().filter(s -> s.status().map(StepStatus::blocks).orElse(false)).count();
            long held = checks.get().stream().filter(c -> c.result().equals(CheckResult.HOLDS)).count();
            line += "; " + (blocked == 0 ? "every Go step applies" : blocked + " Go step(s) do not apply") + "; "
                    + checks.get().size() + " checks, " + held + " hold";
        }
        lines.add(line);
    }

    private static long count(List<StepResult> steps, Certainty c) {
        return steps.stream().filter(s -> s.step().certainty() == c).count();
    }
}
