package dev.gorewrite.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A diff's hunks taken one by one: each shows its lines, and any subset rebuilds the file with only those changes. */
class HunkedDiffTest {
    /** Forty numbered lines, so that far-apart changes get separate hunks. */
    private static final String LONG = IntStream.rangeClosed(1, 40)
            .mapToObj(i -> "line " + i + "\n")
            .collect(Collectors.joining());

    /** Line 3 changed, line 20 deleted, a line inserted after 35: three hunks with 3 lines of context. */
    private static final String AFTER = LONG.replace("line 3\n", "three\n").replace("line 20\n", "")
            .replace("line 35\n", "line 35\nnew\n");

    @Test
    void theHunksAreTheUnifiedDiffsOwn() {
        HunkedDiff diff = HunkedDiff.of("x.go", LONG, AFTER, 3);

        assertThat(diff.size()).isEqualTo(3);
        assertThat(diff.header() + diff.hunk(0) + diff.hunk(1) + diff.hunk(2))
                .isEqualTo(UnifiedDiff.of("x.go", LONG, AFTER, 3)).isEqualTo(diff.text());
        assertThat(diff.hunk(1)).startsWith("@@ -17,7 +17,6 @@\n").contains("-line 20\n");
    }

    @Test
    void eachSubsetOfHunksMakesOnlyItsChanges() {
        HunkedDiff diff = HunkedDiff.of("x.go", LONG, AFTER, 3);

        assertThat(diff.with(Set.of())).isEqualTo(LONG);
        assertThat(diff.with(Set.of(0, 1, 2))).isEqualTo(AFTER);
        assertThat(diff.with(Set.of(1))).isEqualTo(LONG.replace("line 20\n", ""));
        assertThat(diff.with(Set.of(0, 2))).isEqualTo(LONG.replace("line 3\n", "three\n")
                .replace("line 35\n", "line 35\nnew\n"));
    }

    @Test
    void aHunkCoversTheOldLinesItShows() {
        HunkedDiff diff = HunkedDiff.of("x.go", LONG, AFTER, 3);

        // Hunk 2 shows old lines 17 to 23 (line 20 and three lines either side).
        assertThat(diff.covers(1, 17)).isTrue();
        assertThat(diff.covers(1, 23)).isTrue();
        assertThat(diff.covers(1, 16)).isFalse();
        assertThat(diff.covers(1, 24)).isFalse();
        assertThat(diff.covers(0, 20)).isFalse();
    }

    @Test
    void anInsertionWithoutContextCoversTheLineItFollows() {
        HunkedDiff diff = HunkedDiff.of("x.go", "a\nb\n", "a\nnew\nb\n", 0);

        assertThat(diff.hunk(0)).startsWith("@@ -1,0 +2,1 @@\n");
        assertThat(diff.covers(0, 2)).isTrue();
        assertThat(diff.covers(0, 1)).isFalse();
    }

    @Test
    void lineEndingsAndAMissingFinalNewlineSurviveASubset() {
        String before = "a\r\nb\r\n" + "x\r\n".repeat(10) + "end";
        String after = "a\r\nB\r\n" + "x\r\n".repeat(10) + "END\n";
        HunkedDiff diff = HunkedDiff.of("x.go", before, after, 1);

        assertThat(diff.size()).isEqualTo(2);
        assertThat(diff.with(Set.of(0))).isEqualTo("a\r\nB\r\n" + "x\r\n".repeat(10) + "end");
        assertThat(diff.with(Set.of(1))).isEqualTo("a\r\nb\r\n" + "x\r\n".repeat(10) + "END\n");
    }

    @Test
    void equalTextsHaveNoHunks() {
        HunkedDiff diff = HunkedDiff.of("x.go", LONG, LONG, 3);

        assertThat(diff.size()).isZero();
        assertThat(diff.text()).isEmpty();
        assertThat(diff.with(Set.of())).isEqualTo(LONG);
    }
}
