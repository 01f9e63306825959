package dev.gorewrite.engine;

import dev.gorewrite.format.Gofmt;
import dev.gorewrite.format.Pending;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One {@link Parallel#mapPending}: the items, what each came to, and the items waiting for gofmt.
 * Each worker takes, in this order: an item whose layout came, a new item (unless too many wait
 * already), or else it lets gofmt run what it has and waits. An item's work is thus done in
 * pieces, maybe on several workers, one piece at a time.
 */
final class ParallelRun<T, R> {
    /** At most this many items wait for gofmt at once: two batches, one running while the next fills. */
    static final int MAX_WAITING = 2 * Gofmt.BATCH;
    /**
     * ... and at most this much source text (unless one item alone is larger): a waiting item holds
     * its file's text and tokens, some 20 bytes per character, so 2 M characters hold about 40 MB.
     */
    static final long MAX_WAITING_CHARS = 2L << 20;
    /** The result of an item that ran out of heap beside others, until Parallel tries it alone. */
    static final Object RETRY_ALONE = new Object();

    private final List<T> items;
    private final Function<T, Pending<R>> fn;
    private final BiFunction<T, Parallel.Exhausted, R> exhausted;
    private final Object[] results;
    private final Set<Gofmt> asked = ConcurrentHashMap.newKeySet();
    private final ArrayDeque<Runnable> answered = new ArrayDeque<>();
    private int started;
    private int finished;
    private int waiting;
    private long waitingChars;
    private Throwable failure;

    ParallelRun(List<T> items, Function<T, Pending<R>> fn, BiFunction<T, Parallel.Exhausted, R> exhausted,
            Object[] results) {
        this.items = items;
        this.fn = fn;
        this.exhausted = exhausted;
        this.results = results;
    }

    /** A worker's loop: pieces of work until every item has its result (or one failed the run). */
    void work() {
        for (Runnable piece = next(); piece != null; piece = next()) {
            piece.run();
        }
    }

    /** The first failure that is not the items' own (a bug, not a file), thrown on the caller's thread. */
    void rethrowFailure() {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    private synchronized Runnable next() {
        while (failure == null && finished < items.size()) {
            Runnable resumed = answered.poll();
            if (resumed != null) {
                return resumed;
            }
            if (started < items.size() && (waiting == 0 || waiting < MAX_WAITING && waitingChars < MAX_WAITING_CHARS)) {
                int i = started++;
                return () -> advance(i, () -> fn.apply(items.get(i)));
            }
            asked.forEach(Gofmt::flush); // nothing else to do: gofmt need not wait for a full batch
            waitForChange();
        }
        return null;
    }

    private void waitForChange() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(new IllegalStateException("interrupted", e));
        }
    }

    /** Runs one piece of item {@code i}'s work: it ends with the item's result or with a layout to wait for. */
    private void advance(int i, Supplier<Pending<R>> piece) {
        try {
            Pending<R> pending = piece.get();
            if (pending instanceof Pending.Ready<R> ready) {
                finish(i, ready.value());
            } else {
                ask(i, (Pending.Asking<R>) pending);
            }
        } catch (OutOfMemoryError heap) {
            finish(i, RETRY_ALONE);
        } catch (StackOverflowError stack) {
            verdict(i, Parallel.Exhausted.STACK);
        } catch (RuntimeException | Error e) {
            fail(e);
        }
    }

    private void verdict(int i, Parallel.Exhausted what) {
        try {
            finish(i, exhausted.apply(items.get(i), what));
        } catch (RuntimeException | Error e) {
            fail(e);
        }
    }

    private void ask(int i, Pending.Asking<R> asking) {
        int chars = asking.source().length();
        synchronized (this) {
            waiting++;
            waitingChars += chars;
        }
        asked.add(asking.gofmt());
        asking.gofmt().answer(asking.source()).whenComplete((laidOut, error) -> answered(chars,
                () -> advance(i, () -> asking.answer(answerOf(laidOut, error)))));
    }

    private static Optional<String> answerOf(Optional<String> laidOut, Throwable error) {
        if (error instanceof RuntimeException e) {
            throw e;
        }
        if (error instanceof Error e) {
            throw e;
        }
        return laidOut;
    }

    private synchronized void answered(int chars, Runnable resume) {
        waiting--;
        waitingChars -= chars;
        answered.add(resume);
        notifyAll();
    }

    private synchronized void finish(int i, Object result) {
        results[i] = result;
        finished++;
        notifyAll();
    }

    private synchronized void fail(Throwable e) {
        if (failure == null) {
            failure = e;
        }
        notifyAll();
    }
}
