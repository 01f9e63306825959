package dev.gorewrite.engine;

import dev.gorewrite.format.Pending;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Maps a function over a list on all cores; results come back in the list's order.
 *
 * <p>Every item runs on a worker thread with a {@value #WORKER_STACK_MB} MB stack, even when the
 * list holds one item: the parser, and every walk over its trees, recurses once per nesting
 * level, and how deep a file may nest must not depend on how many files are in the run (the
 * caller's own stack is small and of unknown size).
 *
 * <p>An item whose work runs out of heap is tried again alone, after the others, since the other
 * workers' files shared the heap with it; if it still runs out, or its work exhausts the stack,
 * the caller's {@code exhausted} function gives its result and the other items are unaffected.
 */
public final class Parallel {
    static final int WORKER_STACK_MB = 64;

    /** What an item's work ran out of. */
    public enum Exhausted {
        MEMORY, STACK;

        /** Why the item could not be handled, after its path: `path: reason`. */
        public String reason() {
            return switch (this) {
                case MEMORY -> "too large to parse in the available memory ("
                        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB)";
                case STACK -> "nested too deeply for gorewrite (a " + WORKER_STACK_MB + " MB stack was exhausted)";
            };
        }
    }

    private Parallel() {}

    /** As {@link #map(List, Function, BiFunction)}, but running out of heap or stack is thrown. */
    public static <T, R> List<R> map(List<T> items, Function<T, R> fn) {
        return map(items, fn, (item, what) -> {
            throw what == Exhausted.MEMORY ? new OutOfMemoryError(what.reason()) : new StackOverflowError();
        });
    }

    public static <T, R> List<R> map(List<T> items, Function<T, R> fn, BiFunction<T, Exhausted, R> exhausted) {
        return mapPending(items, item -> Pending.ready(fn.apply(item)), exhausted);
    }

    /**
     * As {@link #map(List, Function, BiFunction)} for work that may wait for gofmt (see
     * {@link Pending}): while an item waits, its worker goes on with the next item or with one
     * whose layout came, so the cores stay busy and gofmt's batches fill.
     */
    public static <T, R> List<R> mapPending(List<T> items, Function<T, Pending<R>> fn,
            BiFunction<T, Exhausted, R> exhausted) {
        return mapPending(items, Runtime.getRuntime().availableProcessors(), fn, exhausted);
    }

    /** As {@link #mapPending(List, Function, BiFunction)} on {@code workers} threads. */
    public static <T, R> List<R> mapPending(List<T> items, int workers, Function<T, Pending<R>> fn,
            BiFunction<T, Exhausted, R> exhausted) {
        Object[] results = new Object[items.size()];
        int threads = Math.min(Math.max(1, workers), Math.max(1, items.size()));
        ParallelRun<T, R> run = new ParallelRun<>(items, fn, exhausted, results);
        runOnWorkers(threads, run::work);
        run.rethrowFailure();
        retryAlone(items, fn, exhausted, results);
        @SuppressWarnings("unchecked")
        List<R> out = (List<R>) Arrays.asList(results);
        return new ArrayList<>(out);
    }

    /** The items that ran out of heap beside others, each again on its own, from a collected heap. */
    private static <T, R> void retryAlone(List<T> items, Function<T, Pending<R>> fn,
            BiFunction<T, Exhausted, R> exhausted, Object[] results) {
        for (int i = 0; i < results.length; i++) {
            if (results[i] == ParallelRun.RETRY_ALONE) {
                results[i] = null;
                System.gc(); // also brings HeapGuard's view of the heap up to date
                T item = items.get(i);
                int index = i;
                runOnWorkers(1, () -> results[index] = alone(item, fn, exhausted));
            }
        }
    }

    /** One item's result, worked out alone, waiting for gofmt in place; the caller's verdict when it runs out. */
    private static <T, R> R alone(T item, Function<T, Pending<R>> fn, BiFunction<T, Exhausted, R> exhausted) {
        try {
            return fn.apply(item).await();
        } catch (OutOfMemoryError heap) {
            return exhausted.apply(item, Exhausted.MEMORY);
        } catch (StackOverflowError stack) {
            return exhausted.apply(item, Exhausted.STACK);
        }
    }

    /** Runs {@code work} on {@code threads} new big-stack threads at once and waits for all of them. */
    private static void runOnWorkers(int threads, Runnable work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(null, runnable, "gorewrite-worker", (long) WORKER_STACK_MB << 20);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                workers.add(pool.submit(work));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException re) {
            return re;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
