package dev.gorewrite.report;

/**
 * What the reports of a run show.
 *
 * @param everyFile every file looked at, or (false) only those where something matched
 *                  ({@link dev.gorewrite.engine.RunSummary#matched}); the summary counts the rest
 * @param quiet     the table without its rows: only the problems and the summary
 * @param written   the changes were written (`--apply`): the summary says "changed", not "to change"
 * @param context   the unchanged lines around each change in a diff
 */
public record ReportView(boolean everyFile, boolean quiet, boolean written, int context) {
    /** A dry run's reports as they were before there were options: matched files, rows, 3 lines of context. */
    public static final ReportView DEFAULT = new ReportView(false, false, false, 3);

    public ReportView {
        if (everyFile && quiet) {
            throw new IllegalArgumentException("a report cannot list every file and be quiet");
        }
        if (context < 0) {
            throw new IllegalArgumentException("context " + context + " is negative");
        }
    }
}
