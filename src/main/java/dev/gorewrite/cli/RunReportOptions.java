package dev.gorewrite.cli;

import dev.gorewrite.report.ReportView;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How much `run` reports: `--verbose`, `--quiet` and the diff's `--context N`. */
final class RunReportOptions {
    @Option(names = "--verbose", description = "List every file looked at, also those where nothing matched.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "On stderr only the problems and the summary, no table.")
    boolean quiet;

    @Option(names = "--context", paramLabel = "N", description = "Unchanged lines around each change in the diff (default: 3).")
    int context = ReportView.DEFAULT.context();

    /** Why these options cannot go together (or with --branch, when {@code branch}), if they cannot. */
    Optional<String> misuse(boolean branch) {
        if (verbose && quiet) {
            return Optional.of("--verbose and --quiet exclude each other");
        }
        if (branch && (verbose || quiet)) {
            // The branch's table is the record of what the commit holds; it is printed as it is.
            return Optional.of((verbose ? "--verbose" : "--quiet") + " does not go with --branch, whose table lists"
                    + " the files the commit changes and every problem");
        }
        return context < 0 ? Optional.of("--context " + context + ": give 0 or more lines") : Optional.empty();
    }

    /** The reports' view; {@code written} after --apply. Only when {@link #misuse} found nothing. */
    ReportView view(boolean written) {
        return new ReportView(verbose, quiet, written, context);
    }
}
