package dev.gorewrite.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gathers the layouts asked of one gofmt into batches (see {@link GofmtBatch}) and runs them, one
 * at a time, on a thread of its own. A batch runs once it holds {@value Gofmt#BATCH} sources, or
 * when someone with nothing else to do {@link #flush flushes}: a caller waiting for its answer, or
 * a worker whose files all wait for gofmt. Until then the workers go on with other files, so a
 * batch grows while the cores stay busy, and one gofmt process serves many files.
 */
final class GofmtRunner {
    private static final Map<Gofmt, GofmtRunner> RUNNERS = new ConcurrentHashMap<>();

    private final Gofmt gofmt;
    private List<Asked> queued = new ArrayList<>();
    private boolean flushed;

    /** A source and the answer it waits for. */
    private record Asked(String source, CompletableFuture<Optional<String>> answer) {}

    private GofmtRunner(Gofmt gofmt) {
        this.gofmt = gofmt;
        Thread thread = new Thread(this::runBatches, "gorewrite-gofmt");
        thread.setDaemon(true);
        thread.start();
    }

    static GofmtRunner of(Gofmt gofmt) {
        return RUNNERS.computeIfAbsent(gofmt, GofmtRunner::new);
    }

    /** gofmt's layout of {@code source} (empty when it refuses the source or cannot run), once a batch ran. */
    synchronized CompletableFuture<Optional<String>> submit(String source) {
        Asked asked = new Asked(source, new CompletableFuture<>());
        queued.add(asked);
        if (queued.size() >= Gofmt.BATCH) {
            notifyAll();
        }
        return asked.answer();
    }

    /** Runs what is queued now, without waiting for a full batch. */
    synchronized void flush() {
        if (!queued.isEmpty()) {
            flushed = true;
            notifyAll();
        }
    }

    private void runBatches() {
        while (true) {
            List<Asked> batch = next();
            try {
                List<Optional<String>> answers = GofmtBatch.run(gofmt, batch.stream().map(Asked::source).toList());
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).answer().complete(answers.get(i));
                }
            } catch (RuntimeException | Error e) {
                batch.forEach(a -> a.answer().completeExceptionally(e)); // each asker fails with it, none waits forever
            }
        }
    }

    /** The next batch: waits until one is full or flushed. */
    private synchronized List<Asked> next() {
        while (queued.size() < Gofmt.BATCH && !(flushed && !queued.isEmpty())) {
            try {
                wait();
            } catch (InterruptedException e) {
                // nobody interrupts this thread (a daemon of its own); if it happens, go on waiting
            }
        }
        List<Asked> batch = queued.size() > Gofmt.BATCH ? new ArrayList<>(queued.subList(0, Gofmt.BATCH)) : queued;
        queued = new ArrayList<>(queued.subList(batch.size(), queued.size()));
        flushed = flushed && !queued.isEmpty();
        return batch;
    }
}
