package dev.gorewrite.cli;

import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.report.ReportView;
import dev.gorewrite.report.StatusTable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the process writes to: whether stdout and stderr are terminals, and whether NO_COLOR
 * (no-color.org) is set. Colour and the progress line go to stderr, so stderr decides them; a
 * terminal on stdout only decides whether what goes there is escaped for the eye or left
 * byte-exact (a diff in a file must apply).
 */
record Terminal(boolean stdout, boolean stderr, boolean noColor) {
    /** Neither stream a terminal, no NO_COLOR: a pipe, a file, a test. */
    static final Terminal NONE = new Terminal(false, false, false);

    static Terminal detect() {
        String noColor = System.getenv("NO_COLOR");
        boolean console = System.console() != null;
        return new Terminal(isTerminal(1, console), isTerminal(2, console), noColor != null && !noColor.isEmpty());
    }

    /**
     * Whether file descriptor {@code fd} is a terminal. Java has no isatty; on Linux the
     * descriptor's link in /proc names the device. Elsewhere {@code fallback}: System.console(),
     * which says whether stdin and stdout are both terminals.
     */
    private static boolean isTerminal(int fd, boolean fallback) {
        try {
            String device = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException e) {
            return fallback;
        }
    }

    /** Whether the commands' stderr {@code err} is a terminal (the progress line is shown only there). */
    static boolean showsProgress(PrintStream err) {
        return err instanceof TerminalStream t && t.terminal();
    }

    /** {@code stream} without its escaping, for gorewrite's own control sequences. */
    static PrintStream raw(PrintStream stream) {
        return stream instanceof TerminalStream t ? t.raw() : stream;
    }

    /** The status table on {@code err}, painted as --color decided (its cells are escaped by StatusTable). */
    static void printTable(PrintStream err, List<FileOutcome> outcomes) {
        printTable(err, outcomes, ReportView.DEFAULT);
    }

    static void printTable(PrintStream err, List<FileOutcome> outcomes, ReportView view) {
        boolean paint = err instanceof TerminalStream t && t.colour();
        (paint ? raw(err) : err).print(StatusTable.render(outcomes, view, paint));
    }
}
