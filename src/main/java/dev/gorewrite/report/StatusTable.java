package dev.gorewrite.report;

import dev.gorewrite.engine.CheckOutcome;
import dev.gorewrite.engine.EditOutcome;
import dev.gorewrite.engine.FileOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * The human summary of a run: one row per file and edit with its status, the problems that kept
 * files from being migrated, and a count. Colour only when asked (the CLI decides: --color, a
 * terminal, NO_COLOR). Every cell and problem is {@link Printable#value escaped}: a file name or a
 * guide's wording must not reach the terminal as control characters.
 */
public final class StatusTable {
    private static final String RESET = "\u001b[0m";

    private StatusTable() {}

    public static String render(List<FileOutcome> outcomes, boolean colour) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"FILE", "EDIT", "STATUS"});
        for (FileOutcome f : outcomes) {
            for (EditOutcome e : f.edits()) {
                String place = f.path() + (e.line() > 0 ? ":" + e.line() : "");
                rows.add(new String[] {Printable.value(place), Printable.value(e.guide()), e.status().label()});
            }
            if (f.edits().isEmpty() && f.status() == FileOutcome.Status.FAILED) {
                rows.add(new String[] {Printable.value(f.path()), "-", "failed"});
            }
        }
        int[] width = new int[2];
        for (String[] r : rows) {
            width[0] = Math.max(width[0], r[0].length());
            width[1] = Math.max(width[1], r[1].length());
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            String status = colour && r != rows.get(0) ? paint(r[2]) : r[2];
            out.append(pad(r[0], width[0])).append("  ").append(pad(r[1], width[1])).append("  ").append(status)
                    .append('\n');
        }
        for (FileOutcome f : outcomes) {
            for (String p : f.problems()) {
                out.append(Printable.value(p)).append('\n');
            }
        }
        out.append(summary(outcomes)).append('\n');
        return out.toString();
    }

    /** Failed checks, one per line as `path:line: check: message`. */
    public static String violations(List<FileOutcome> outcomes) {
        StringBuilder out = new StringBuilder();
        for (FileOutcome f : outcomes) {
            for (CheckOutcome c : f.checks()) {
                if (!c.passed()) {
                    out.append(f.path()).append(':').append(c.line()).append(": ").append(c.id()).append(": ")
                            .append(c.message()).append('\n');
                }
            }
        }
        return out.toString();
    }

    public static String summary(List<FileOutcome> outcomes) {
        long changed = outcomes.stream().filter(f -> f.status() == FileOutcome.Status.CHANGED).count();
        long failed = outcomes.stream().filter(f -> f.status() == FileOutcome.Status.FAILED).count();
        return outcomes.size() + " file" + (outcomes.size() == 1 ? "" : "s") + ": " + changed + " to change, "
                + (outcomes.size() - changed - failed) + " unchanged, " + failed + " failed";
    }

    /** Green for done, dim for nothing to do, red for the failures; a status not named here stays plain. */
    private static String paint(String status) {
        String code = switch (status) {
            case "applied" -> "\u001b[32m";
            case "already-applied", "not-applicable" -> "\u001b[2m";
            case "ambiguous", "drifted", "failed" -> "\u001b[31m";
            default -> "";
        };
        return code.isEmpty() ? status : code + status + RESET;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
