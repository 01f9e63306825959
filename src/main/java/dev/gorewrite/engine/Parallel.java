package dev.gorewrite.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Maps a function over a list on all cores; results come back in the list's order. */
public final class Parallel {
    private static final long WORKER_STACK_BYTES = 64L << 20;
    private Parallel() {}

    public static <T, R> List<R> map(List<T> items, Function<T, R> fn) {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), Math.max(1, items.size()));
        if (threads <= 1) {
            List<R> out = new ArrayList<>(items.size());
            for (T item : items) {
                out.add(fn.apply(item));
            }
            return out;
        }
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            // The parser recurses once per nesting level; a deep stack keeps generated code parseable.
            Thread t = new Thread(null, runnable, "gorewrite-worker", WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                        results[i] = fn.apply(items.get(i));
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<R> out = new ArrayList<>(items.size());
        for (Object r : results) {
            @SuppressWarnings("unchecked")
            R cast = (R) r;
            out.add(cast);
        }
        return out;
    }
}
