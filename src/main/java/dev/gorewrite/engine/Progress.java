package dev.gorewrite.engine;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts of a run's work so far, for a progress line: files scanned and files parsed. */
public class Progress {
    /** Counts nothing: for callers that show no progress. */
    public static final Progress NONE = new Progress() {
        @Override
        public void scanned() {}

        @Override
        public void parsed() {}
    };

    private final AtomicInteger scanned = new AtomicInteger();
    private final AtomicInteger parsed = new AtomicInteger();

    public void scanned() {
        scanned.incrementAndGet();
    }

    public void parsed() {
        parsed.incrementAndGet();
    }

    public int scannedCount() {
        return scanned.get();
    }

    public int parsedCount() {
        return parsed.get();
    }
}
