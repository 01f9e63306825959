package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.engine.EditOutcome;
import dev.gorewrite.engine.EditStatus;
import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.golang.Utf8;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The answers of `run -i`, read from a fake stdin: which hunks each answer takes, and what is shown. */
class InteractiveReviewTest {
    private static final String LONG = IntStream.rangeClosed(1, 40)
            .mapToObj(i -> "line " + i + "\n")
            .collect(Collectors.joining());
    /** Three hunks: lines 3, 20 and 35 change. */
    private static final String AFTER = LONG.replace("line 3\n", "three\n").replace("line 20\n", "twenty\n")
            .replace("line 35\n", "thirty-five\n");

    private final ByteArrayOutputStream shown = new ByteArrayOutputStream();

    @Test
    void yesAndNoTakeOneHunkEach() {
        assertThat(review("y\nn\ny\n", file("a.go"))).containsExactly(Set.of(0, 2));
    }

    @Test
    void allTakesTheRestOfTheFileAndDoneLeavesIt() {
        List<Set<Integer>> taken = review("n\na\nd\ny\nY\nyes\n", file("a.go"), file("b.go"), file("c.go"));

        assertThat(taken).containsExactly(Set.of(1, 2), Set.of(), Set.of(0, 1, 2));
    }

    @Test
    void quitKeepsWhatWasAcceptedAndAsksNothingMore() {
        List<Set<Integer>> taken = review("y\nq\ny\ny\n", file("a.go"), file("b.go"));

        assertThat(taken).containsExactly(Set.of(0), Set.of());
        assertThat(count(InteractiveReview.PROMPT)).isEqualTo(2);
        assertThat(out()).doesNotContain("b.go");
    }

    @Test
    void theEndOfTheAnswersIsQuit() {
        assertThat(review("y\n", file("a.go"), file("b.go"))).containsExactly(Set.of(0), Set.of());
    }

    @Test
    void aQuestionMarkOrAnUnknownAnswerShowsTheHelpAndAsksAgain() {
        List<Set<Integer>> taken = review("?\nmaybe\n\nYes\nN\nA\n", file("a.go"));

        assertThat(taken).containsExactly(Set.of(0, 2));
        assertThat(count(InteractiveReview.HELP)).isEqualTo(3);
        assertThat(count(InteractiveReview.PROMPT)).isEqualTo(6);
    }

    @Test
    void eachHunkComesWithItsFileAndTheEditsWhoseLinesItShows() {
        FileOutcome outcome = outcome("pkg/a.go", List.of(
                new EditOutcome("r", "rename line 3", EditStatus.APPLIED, 3, ""),
                new EditOutcome("r", "codemod", EditStatus.APPLIED, 20, "",
                        List.of(new EditOutcome.Place(20, 1), new EditOutcome.Place(35, 1)))));

        review("y\ny\ny\n", ReviewedFile.of(outcome, 3));

        assertThat(out()).startsWith("diff --git a/pkg/a.go b/pkg/a.go\n--- a/pkg/a.go\n+++ b/pkg/a.go\n"
                + "pkg/a.go hunk 1/3: rename line 3 (applied)\n@@ -1,6 +1,6 @@\n")
                .contains("pkg/a.go hunk 2/3: codemod (applied)\n@@ -17,7 +17,7 @@\n")
                .contains("pkg/a.go hunk 3/3: codemod (applied)\n@@ -32,7 +32,7 @@\n");
    }

    @Test
    void anAnswerCountsByItsFirstLetter() {
        assertThat(InteractiveReview.parse(" yes ")).contains(InteractiveReview.Answer.YES);
        assertThat(InteractiveReview.parse("D")).contains(InteractiveReview.Answer.DONE);
        assertThat(InteractiveReview.parse("")).isEmpty();
        assertThat(InteractiveReview.parse("x")).isEmpty();
    }

    private List<Set<Integer>> review(String answers, ReviewedFile... files) {
        PrintStream prompts = new PrintStream(shown, true, StandardCharsets.UTF_8);
        return new InteractiveReview(new BufferedReader(new StringReader(answers)), prompts).review(List.of(files));
    }

    private static ReviewedFile file(String path) {
        return ReviewedFile.of(outcome(path, List.of()), 3);
    }

    private static FileOutcome outcome(String path, List<EditOutcome> edits) {
        return new FileOutcome(path, FileOutcome.Status.CHANGED, Utf8.encode(LONG), Utf8.encode(AFTER), edits,
                List.of(), List.of());
    }

    private String out() {
        return shown.toString(StandardCharsets.UTF_8);
    }

    private int count(String text) {
        return out().split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }
}
