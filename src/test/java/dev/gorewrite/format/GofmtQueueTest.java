package dev.gorewrite.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** gofmt run once for many sources gives each the layout gofmt as a filter gives it alone. */
class GofmtQueueTest {
    private static String messy(int i) {
        return "package p\n\nfunc f" + i + "( ) int {\nx:=map[string]int{\"a\":1,\n\"bbb\":2}\nreturn x[\"a\"]+" + i + "\n}\n";
    }

    private static Gofmt gofmt() {
        assumeTrue(Gofmt.onPath().isPresent(), "gofmt is not on PATH");
        return Gofmt.onPath().orElseThrow();
    }

    @AfterEach
    void oneWorkerAgain() {
        GofmtQueue.expectWorkers(1);
    }

    @Test
    void aBatchLaysOutEachSourceAsTheFilterDoesAndRefusesOnlyTheBrokenOne() throws Exception {
        Gofmt gofmt = gofmt();
        List<String> sources = List.of(messy(1), "package p\n\nfunc broken( {\n", messy(2), "package p\n");
        GofmtBatch batch = new GofmtBatch();
        sources.forEach(batch::add);

        batch.run(gofmt);

        for (int i = 0; i < sources.size(); i++) {
            assertThat(batch.await(i)).as(sources.get(i)).isEqualTo(gofmt.filter(sources.get(i)));
        }
        assertThat(batch.await(1)).isEmpty();
        assertThat(batch.await(0)).hasValueSatisfying(s -> assertThat(s).contains("func f1() int {\n\tx := map[string]int{"));
    }

    @Test
    void concurrentCallersEachGetTheLayoutOfTheirOwnSource() throws Exception {
        Gofmt gofmt = gofmt();
        int callers = 6;
        GofmtQueue.expectWorkers(callers);
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
}
