package dev.gorewrite.format;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A result that may first need gofmt's layout of a source: either {@link Ready}, or
 * {@link Asking} gofmt and then going on with its answer. A worker that gets an {@code Asking}
 * hands the source to gofmt and goes on with other files until the answer comes (see
 * engine.Parallel), so that no core idles while gofmt runs; {@link #await} is the same work done
 * in place, waiting.
 */
public sealed interface Pending<T> permits Pending.Ready, Pending.Asking {
    record Ready<T>(T value) implements Pending<T> {}

    /** gofmt's layout of {@code source} is wanted (empty when gofmt refuses it), then {@code then} goes on. */
    record Asking<T>(Gofmt gofmt, String source, Function<Optional<String>, Pending<T>> then) implements Pending<T> {
        public Asking {
            Objects.requireNonNull(gofmt, "gofmt");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(then, "then");
        }

        /** The rest of the work, once gofmt answered. */
        public Pending<T> answer(Optional<String> laidOut) {
            return then.apply(laidOut);
        }
    }

    static <T> Pending<T> ready(T value) {
        return new Ready<>(value);
    }

    /** gofmt's layout of {@code source}, asked of {@code gofmt}. */
    static Pending<Optional<String>> layout(Gofmt gofmt, String source) {
        return new Asking<>(gofmt, source, Pending::ready);
    }

    /** This result, then {@code next} with it, which may ask gofmt in turn. */
    default <U> Pending<U> then(Function<T, Pending<U>> next) {
        if (this instanceof Ready<T> ready) {
            return next.apply(ready.value());
        }
        Asking<T> asking = (Asking<T>) this;
        return new Asking<>(asking.gofmt(), asking.source(), laidOut -> asking.answer(laidOut).then(next));
    }

    default <U> Pending<U> map(Function<T, U> next) {
        return then(value -> ready(next.apply(value)));
    }

    /**
     * {@code work}, with an exception of {@code type} turned into {@code handler}'s result also
     * where it is thrown after a wait for gofmt, in work that goes on elsewhere.
     */
    static <T, X extends RuntimeException> Pending<T> catching(Class<X> type, Supplier<Pending<T>> work,
            Function<X, T> handler) {
        try {
            Pending<T> pending = work.get();
            if (pending instanceof Asking<T> asking) {
                return new Asking<>(asking.gofmt(), asking.source(),
                        laidOut -> catching(type, () -> asking.answer(laidOut), handler));
            }
            return pending;
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return ready(handler.apply(type.cast(e)));
            }
            throw e;
        }
    }

    /** The result, asking gofmt in place and waiting for each answer. */
    default T await() {
        Pending<T> at = this;
        while (at instanceof Asking<T> asking) {
            at = asking.answer(asking.gofmt().format(asking.source()));
        }
        return ((Ready<T>) at).value();
    }
}
