package dev.gorewrite.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorewrite.TestTools;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** gofmt run once for many sources gives each the layout gofmt as a filter gives it alone. */
class GofmtRunnerTest {
    private static String messy(int i) {
        return "package p\n\nfunc f" + i + "( ) int {\nx:=map[string]int{\"a\":1,\n\"bbb\":2}\nreturn x[\"a\"]+" + i + "\n}\n";
    }


    @Test
    void aBatchLaysOutEachSourceAsTheFilterDoesAndRefusesOnlyTheBrokenOne() throws Exception {
        Gofmt gofmt = TestTools.gofmt();
        List<String> sources = List.of(messy(1), "package p\n\nfunc broken( {\n", messy(2), "package p\n");

        List<Optional<String>> laidOut = GofmtBatch.run(gofmt, sources);

        for (int i = 0; i < sources.size(); i++) {
            assertThat(laidOut.get(i)).as(sources.get(i)).isEqualTo(gofmt.filter(sources.get(i)));
        }
        assertThat(laidOut.get(1)).isEmpty();
        assertThat(laidOut.get(0)).hasValueSatisfying(s -> assertThat(s).contains("func f1() int {\n\tx := map[string]int{"));
    }

    @Test
    void concurrentCallersEachGetTheLayoutOfTheirOwnSource() throws Exception {
        Gofmt gofmt = TestTools.gofmt();
        int callers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Optional<String>>> results = new ArrayList<>();
            for (int i = 0; i < callers * 3; i++) {
                String source = messy(i);
                results.add(pool.submit(() -> gofmt.format(source)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(gofmt.filter(messy(i)));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFullBatchRunsUnflushedAndAPartOneWaitsForTheFlush() throws Exception {
        Gofmt gofmt = TestTools.gofmt();
        List<CompletableFuture<Optional<String>>> full = new ArrayList<>();
        for (int i = 0; i < Gofmt.BATCH; i++) {
            full.add(gofmt.answer(messy(i)));
        }
        for (int i = 0; i < full.size(); i++) {
            assertThat(full.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(gofmt.filter(messy(i)));
        }

        CompletableFuture<Optional<String>> alone = gofmt.answer(messy(99));
        assertThatThrownBy(() -> alone.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        gofmt.flush();
        assertThat(alone.get(30, TimeUnit.SECONDS)).isEqualTo(gofmt.filter(messy(99)));
    }
}
