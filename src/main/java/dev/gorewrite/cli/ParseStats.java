package dev.gorewrite.cli;

import dev.gorewrite.golang.ParseOutcome;
import java.util.List;
import java.util.Locale;

/** Totals over one `parse` run. */
record ParseStats(int files, int failed, long bytes, double seconds, int sllFallbacks, int roundTripFailures,
        int unreadable) {
    static ParseStats of(List<ParseOutcome> outcomes, double seconds) {
        int failed = 0;
        long bytes = 0;
        int fallbacks = 0;
        int roundTrip = 0;
        int unreadable = 0;
        for (ParseOutcome o : outcomes) {
            bytes += o.bytes();
            failed += o.ok() ? 0 : 1;
            fallbacks += o.llFallback() ? 1 : 0;
            roundTrip += o.roundTripExact() ? 0 : 1;
            unreadable += o.ioError() == null ? 0 : 1;
        }
        return new ParseStats(outcomes.size(), failed, bytes, seconds, fallbacks, roundTrip, unreadable);
    }

    String describe() {
        double mb = bytes / 1e6;
        return String.format(Locale.ROOT,
                "files %d, failed %d, bytes %d (%.1f MB), seconds %.2f, %.1f MB/s, SLL fallbacks %d, round-trip failures %d",
                files, failed, bytes, mb, seconds, seconds > 0 ? mb / seconds : 0, sllFallbacks, roundTripFailures);
    }
}
