package dev.gorewrite.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorewrite.TestTools;
import dev.gorewrite.format.Gofmt;
import dev.gorewrite.format.Pending;
import dev.gorewrite.golang.GoFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Parallel's guarantees, which the parser and every recursive walk over its trees rely on: each
 * item runs on a big-stack worker however many items there are, and an item that runs out of heap
 * or stack gets the caller's verdict while the others complete.
 */
class ParallelTest {
    private static final String SMALL = "package p\n\nvar y = 2\n";

    /** A file the parser needs far more than a default (1 MB) stack for. */
    private static String deepParens(int depth) {
        return "package p\n\nvar x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + "\n";
    }

    private static String longSum(int terms) {
        return "package p\n\nvar x = 1" + " + 1".repeat(terms - 1) + "\n";
    }

    private static List<String> errorsOf(List<String> sources) {
        return Parallel.map(sources, s -> GoFile.parse("f.go", s.getBytes(StandardCharsets.UTF_8)).errors().toString());
    }

    @Test
    void theDeepFileReallyNeedsMoreThanADefaultStack() throws InterruptedException {
        AtomicReference<String> errors = new AtomicReference<>();
        Thread small = new Thread(null, () -> errors.set(GoFile.parse("f.go",
                deepParens(4_000).getBytes(StandardCharsets.UTF_8)).errors().toString()), "small", 1 << 20);
        small.start();
        small.join();

        assertThat(errors.get()).contains("nested too deeply");
    }

    @Test
    void aDeepFileParsesAloneAndBesideAnother() {
        assertThat(errorsOf(List.of(deepParens(4_000)))).containsExactly("[]");
        assertThat(errorsOf(List.of(deepParens(4_000), SMALL))).containsExactly("[]", "[]");
        assertThat(errorsOf(List.of(SMALL, deepParens(4_000), SMALL))).containsExactly("[]", "[]", "[]");
    }

    @Test
    void aTenThousandTermSumParsesAloneAndBesideAnother() {
        assertThat(errorsOf(List.of(longSum(10_000)))).containsExactly("[]");
        assertThat(errorsOf(List.of(SMALL, longSum(10_000)))).containsExactly("[]", "[]");
    }

    @Test
    void everyItemRunsOnAWorkerEvenWhenItIsAlone() {
        Thread caller = Thread.currentThread();
        assertThat(Parallel.map(List.of(1), i -> Thread.currentThread() != caller
                && Thread.currentThread().getName().equals("gorewrite-worker"))).containsExactly(true);
    }

    @Test
    void anItemThatRunsOutOfHeapIsTriedAgainAloneThenGetsTheVerdictAndTheOthersComplete() {
        Map<String, Integer> attempts = new ConcurrentHashMap<>();
        List<String> out = Parallel.map(List.of("a", "huge", "b"), item -> {
            attempts.merge(item, 1, Integer::sum);
            if (item.equals("huge")) {
                return "" + new long[Integer.MAX_VALUE - 8].length; // more than any heap allows
            }
            return item.toUpperCase();
        }, (item, exhausted) -> item + ": " + exhausted.reason());

        assertThat(out).hasSize(3);
        assertThat(out.get(0)).isEqualTo("A");
        assertThat(out.get(1)).matches("huge: too large to parse in the available memory \\(\\d+ MB\\)");
        assertThat(out.get(2)).isEqualTo("B");
        assertThat(attempts).containsExactlyInAnyOrderEntriesOf(Map.of("a", 1, "huge", 2, "b", 1));
    }

    @Test
    void anItemThatExhaustsTheStackGetsTheVerdict() {
        List<String> out = Parallel.map(List.of(1, 2), item -> item == 2 ? "" + bottomless(0) : "ok",
                (item, exhausted) -> exhausted.name());

        assertThat(out).containsExactly("ok", "STACK");
    }

    private static String messy(int i) {
        return "package p\n\nfunc f" + i + "( ) int {\nreturn " + i + "\n}\n";
    }


    @Test
    void aWorkerGoesOnWithTheNextItemsWhileOneWaitsForGofmt() {
        Gofmt gofmt = TestTools.gofmt();
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        List<Optional<String>> out = Parallel.mapPending(List.of(0, 1, 2), 1, i -> {
            events.add("start " + i);
            return Pending.layout(gofmt, messy(i)).map(laid -> {
                events.add("resume " + i);
                return laid;
            });
        }, (i, exhausted) -> Optional.empty());

        assertThat(out).containsExactly(gofmt.format(messy(0)), gofmt.format(messy(1)), gofmt.format(messy(2)));
        assertThat(out.get(1)).hasValue("package p\n\nfunc f1() int {\n\treturn 1\n}\n");
        assertThat(events.subList(0, 3)).containsExactly("start 0", "start 1", "start 2");
        assertThat(events.subList(3, 6)).containsExactlyInAnyOrder("resume 0", "resume 1", "resume 2");
    }

    @Test
    void aFailureAfterTheAnswerIsThrownToTheCaller() {
        Gofmt gofmt = TestTools.gofmt();
        assertThatThrownBy(() -> Parallel.mapPending(List.of(1, 2), 2, i -> Pending.layout(gofmt, messy(i))
                .<String>map(laid -> {
                    throw new IllegalStateException("after " + i);
                }), (i, exhausted) -> "verdict")).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("after ");
    }

    @Test
    void anItemThatRunsOutOfHeapAfterItsAnswerIsTriedAgainAloneThenGetsTheVerdict() {
        Gofmt gofmt = TestTools.gofmt();
        Map<String, Integer> attempts = new ConcurrentHashMap<>();
        List<String> out = Parallel.mapPending(List.of("a", "huge", "b"), 2, item -> {
            attempts.merge(item, 1, Integer::sum);
            return Pending.layout(gofmt, messy(item.length())).map(laid -> item.equals("huge")
                    ? "" + new long[Integer.MAX_VALUE - 8].length : item + laid.orElseThrow().length());
        }, (item, exhausted) -> item + ": " + exhausted.name());

        int laidLength = gofmt.format(messy(1)).orElseThrow().length();
        assertThat(out).containsExactly("a" + laidLength, "huge: MEMORY", "b" + laidLength);
        assertThat(attempts).containsExactlyInAnyOrderEntriesOf(Map.of("a", 1, "huge", 2, "b", 1));
    }

    private static int bottomless(int n) {
        return bottomless(n + 1) + 1;
    }
}
