package dev.gorewrite.golang;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A file nested deeper than the stack allows is a syntax error with a place, never a crash. */
class DeepNestingTest {
    @Test
    void exhaustedStackIsReportedAsAnErrorAndTheTokensStillRoundTrip() {
        int depth = 200_000;
        String source = "package p\n\nvar x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + "\n";
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);

        GoFile file = GoFile.parse("deep.go", bytes);

        assertThat(file.errors()).hasSize(1);
        assertThat(file.errors().get(0).toString()).isEqualTo(
                "deep.go:1:1: nested too deeply for gorewrite's parser (stack exhausted); the file is left as it is");
        assertThat(file.tree()).isNull();
        assertThat(file.roundTrip()).isEqualTo(bytes);
    }

    @Test
    void ordinaryDeepNestingParses() {
        int depth = 300;
        String source = "package p\n\nvar x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + "\n";

        assertThat(GoFile.parse("nested.go", source.getBytes(StandardCharsets.UTF_8)).errors()).isEmpty();
    }
}
