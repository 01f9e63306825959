package dev.gorewrite.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorewrite.TestTools;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Work that waits for gofmt goes on with gofmt's answers in order, whoever answers, and fails where it would have. */
class PendingTest {
    private static final String MESSY = "package p\n\nfunc f( ) int {\nx:=1\nreturn x\n}\n";


    @Test
    void readyWorkGoesOnAtOnce() {
        List<String> steps = new ArrayList<>();
        Pending<Integer> work = Pending.ready(2).map(n -> {
            steps.add("map " + n);
            return n * 3;
        }).then(n -> Pending.ready(n + 1));

        assertThat(steps).containsExactly("map 2");
        assertThat(work).isEqualTo(Pending.ready(7));
    }

    @Test
    void eachAnswerGoesToTheStepThatAskedForIt() {
        Gofmt gofmt = TestTools.gofmt();
        Pending<String> work = Pending.layout(gofmt, MESSY)
                .then(first -> Pending.layout(gofmt, first.orElseThrow() + "var  y =2\n"))
                .map(second -> second.orElseThrow());

        assertThat(work).isInstanceOf(Pending.Asking.class);
        Pending.Asking<String> asking = (Pending.Asking<String>) work;
        assertThat(asking.source()).isEqualTo(MESSY);
        Pending<String> next = asking.answer(Optional.of("package q\n"));
        assertThat(((Pending.Asking<String>) next).source()).isEqualTo("package q\nvar  y =2\n");
        assertThat(work.await()).isEqualTo("package p\n\nfunc f() int {\n\tx := 1\n\treturn x\n}\n\nvar y = 2\n");
    }

    @Test
    void aCaughtExceptionAfterTheAnswerBecomesTheResultAndOthersPass() {
        Gofmt gofmt = TestTools.gofmt();
        Pending<String> caught = Pending.catching(IllegalStateException.class, () -> Pending.layout(gofmt, MESSY)
                .<String>map(laid -> {
                    throw new IllegalStateException("late");
                }), e -> "caught " + e.getMessage());
        Pending<String> other = Pending.catching(IllegalStateException.class, () -> Pending.layout(gofmt, MESSY)
                .<String>map(laid -> {
                    throw new IllegalArgumentException("not mine");
                }), e -> "caught " + e.getMessage());

        assertThat(caught).isInstanceOf(Pending.Asking.class);
        assertThat(caught.await()).isEqualTo("caught late");
        assertThatThrownBy(other::await).isInstanceOf(IllegalArgumentException.class).hasMessage("not mine");
    }
}
