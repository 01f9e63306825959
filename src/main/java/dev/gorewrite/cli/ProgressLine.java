package dev.gorewrite.cli;

import dev.gorewrite.engine.Progress;
import java.io.PrintStream;

/**
 * A one-line progress report on stderr for runs that last over a second, and only on a terminal:
 * piped or captured output never gets carriage-return noise.
 */
final class ProgressLine implements AutoCloseable {
    /** A second; the system property gorewrite.progressDelayMs changes it (tests show the line at once). */
    private static final long DELAY_MS = Long.getLong("gorewrite.progressDelayMs", 1000);
    private static final long EVERY_MS = 200;

    private final Progress progress = new Progress();
    private final PrintStream err;
    private final Thread painter;
    private volatile boolean shown;

    private ProgressLine(PrintStream err, boolean active) {
        this.err = err;
        this.painter = active ? new Thread(this::paint, "gorewrite-progress") : null;
        if (painter != null) {
            painter.setDaemon(true);
            painter.start();
        }
    }

    /**
     * Active only when {@code err} is a terminal ({@link Terminal#showsProgress}), whatever stdout
     * is: `run > fix.patch` still shows progress, `run 2> log` writes none into the log. Written
     * past the escaping, which would show the carriage return as text.
     */
    static ProgressLine start(PrintStream err) {
        return new ProgressLine(Terminal.raw(err), Terminal.showsProgress(err));
    }

    Progress progress() {
        return progress;
    }

    private void paint() {
        try {
            Thread.sleep(DELAY_MS);
            while (!Thread.currentThread().isInterrupted()) {
                shown = true;
                err.print("\rscanned " + progress.scannedCount() + " files, parsed " + progress.parsedCount() + " ");
                err.flush();
                Thread.sleep(EVERY_MS);
            }
        } catch (InterruptedException done) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (painter == null) {
            return;
        }
        painter.interrupt();
        try {
            painter.join(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (shown) {
            err.print("\r\u001b[2K");
            err.flush();
        }
    }
}
