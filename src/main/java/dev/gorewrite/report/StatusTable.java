package dev.gorewrite.report;

import dev.gorewrite.engine.CheckOutcome;
import dev.gorewrite.engine.EditOutcome;
import dev.gorewrite.engine.EditStatus;
import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.engine.Problem;
import dev.gorewrite.engine.RunSummary;
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
        return render(outcomes, ReportView.DEFAULT, colour);
    }

    /**
     * The table of the files {@code view} lists (none when quiet), then every problem (of every
     * file, listed or not), then the summary.
     */
    public static String render(List<FileOutcome> outcomes, ReportView view, boolean colour) {
        StringBuilder out = new StringBuilder();
        if (!view.quiet()) {
            out.append(table(rows(RunSummary.listed(outcomes, view.everyFile())), colour));
        }
        for (FileOutcome f : outcomes) {
            for (Problem p : f.problems()) {
                out.append(Printable.value(p.toString())).append('\n');
            }
        }
        out.append(summary(RunSummary.of(outcomes), view)).append('\n');
        return out.toString();
    }

    /** One row per edit; a file without edits (a lint recipe's, or one that did not parse) gets one row of its own. */
    private static List<String[]> rows(List<FileOutcome> listed) {
        List<String[]> rows = new ArrayList<>();
        for (FileOutcome f : listed) {
            for (EditOutcome e : f.edits()) {
                String place = f.path() + (e.line() > 0 ? ":" + e.line() : "");
                String said = e.status() == EditStatus.APPLIED ? e.detail() : "";
                rows.add(new String[] {Printable.value(place), Printable.value(e.guide()), e.status().label(),
                        Printable.value(said)});
            }
            if (f.edits().isEmpty()) {
                rows.add(new String[] {Printable.value(f.path()), "-", f.status().name().toLowerCase(java.util.Locale.ROOT),
                        ""});
            }
        }
        return rows;
    }

    /** The rows under a header, in aligned columns; nothing at all when there are no rows. */
    private static String table(List<String[]> rows, boolean colour) {
        if (rows.isEmpty()) {
            return "";
        }
        rows.add(0, new String[] {"FILE", "EDIT", "STATUS", ""});
        int[] width = new int[2];
        for (String[] r : rows) {
            width[0] = Math.max(width[0], r[0].length());
            width[1] = Math.max(width[1], r[1].length());
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            String status = colour && r != rows.get(0) ? paint(r[2]) : r[2];
            out.append(pad(r[0], width[0])).append("  ").append(pad(r[1], width[1])).append("  ").append(status)
                    .append(r[3].isEmpty() ? "" : "  (" + r[3] + ")").append('\n');
        }
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

    /**
     * `N files: C to change, U unchanged, F failed` ("changed" once written), and how many files
     * the table leaves out because nothing matched in them.
     */
    public static String summary(RunSummary s, ReportView view) {
        String line = s.files() + " file" + (s.files() == 1 ? "" : "s") + ": " + s.changed()
                + (view.written() ? " changed, " : " to change, ") + s.unchanged() + " unchanged, " + s.failed() + " failed";
        boolean leftOut = !view.everyFile() && !view.quiet() && s.unmatched() > 0;
        return leftOut ? line + " (" + s.unmatched() + " where nothing matched not listed)" : line;
    }

    /** Green for done, dim for nothing to do, red for the failures; a status not named here stays plain. */
    private static String paint(String status) {
        String code = switch (status) {
            case "applied" -> "\u001b[32m";
            case "already-applied", "not-applicable", "absent" -> "\u001b[2m";
            case "ambiguous", "drifted", "failed" -> "\u001b[31m";
            default -> "";
        };
        return code.isEmpty() ? status : code + status + RESET;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
