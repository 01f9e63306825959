package dev.gorewrite.format;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Gathers the layouts that the workers of a run ask for into batches (see {@link GofmtBatch}):
 * a batch runs once it holds a source from every worker (at most {@value #MAX_BATCH}) or its
 * first source has waited {@value #LINGER_MS} ms, on the thread that filled it or found it due.
 * Meanwhile the other workers go on with their files, so gofmt and the Java work share the cores.
 */
final class GofmtQueue {
    static final int MAX_BATCH = 16;
    static final long LINGER_MS = 20;
    private static final Map<Gofmt, GofmtQueue> QUEUES = new ConcurrentHashMap<>();
    /** How many threads may ask at once: a batch with one source from each need not wait for more. */
    private static volatile int workers = 1;

    private final Gofmt gofmt;
    private GofmtBatch open;
    private long due;

    private GofmtQueue(Gofmt gofmt) {
        this.gofmt = gofmt;
    }

    static void expectWorkers(int count) {
        workers = Math.max(1, count);
    }

    static GofmtQueue of(Gofmt gofmt) {
        return QUEUES.computeIfAbsent(gofmt, GofmtQueue::new);
    }

    /** gofmt's layout of {@code source}, or empty when gofmt refuses it or cannot run. */
    Optional<String> format(String source) throws InterruptedException {
        Place place = join(source);
        if (place.full() || lingered(place.batch())) {
            place.batch().run(gofmt);
        }
        return place.batch().await(place.index());
    }

    /** Where a source went: its batch, its index there, and whether it filled the batch. */
    private record Place(GofmtBatch batch, int index, boolean full) {}

    private synchronized Place join(String source) {
        if (open == null) {
            open = new GofmtBatch();
            due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LINGER_MS);
        }
        GofmtBatch batch = open;
        int index = batch.add(source);
        boolean full = batch.size() >= Math.min(MAX_BATCH, workers);
        if (full) {
            open = null;
        }
        return new Place(batch, index, full);
    }

    /** Waits until the batch is due, run by another thread, or full; true when this thread is to run it. */
    private synchronized boolean lingered(GofmtBatch batch) throws InterruptedException {
        while (open == batch) {
            long left = due - System.nanoTime();
            if (left <= 0) {
                open = null;
                return true;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return false;
    }
}
