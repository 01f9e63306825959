package dev.gorewrite.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One count of a run's outcomes, and which files count as "something matched". */
class RunSummaryTest {
    private static final byte[] SAME = "package p\n".getBytes();
    private static final byte[] OTHER = "package q\n".getBytes();

    private static FileOutcome unchanged(String path, List<EditOutcome> edits, List<CheckOutcome> checks) {
        return new FileOutcome(path, FileOutcome.Status.UNCHANGED, SAME, SAME, edits, checks, List.of());
    }

    private static EditOutcome edit(EditStatus status, int line) {
        return new EditOutcome("r", "change", status, line, "");
    }

    private static CheckOutcome check(String id, boolean passed, int line) {
        return new CheckOutcome("r", id, "says", passed, line, passed ? "holds" : "found it");
    }

    @Test
    void countsFilesEditsChecksAndEveryViolation() {
        List<FileOutcome> outcomes = List.of(
                new FileOutcome("a.go", FileOutcome.Status.CHANGED, SAME, OTHER,
                        List.of(edit(EditStatus.APPLIED, 3), edit(EditStatus.NOT_APPLICABLE, 0)), List.of(), List.of()),
                unchanged("b.go", List.of(edit(EditStatus.NOT_APPLICABLE, 0)), List.of(check("c1", true, 1))),
                // One check failing at three places, another at one: two checks violated, four violations.
                unchanged("c.go", List.of(), List.of(check("c1", false, 4), check("c1", false, 9),
                        check("c1", false, 12), check("c2", false, 2), check("c3", true, 1))),
                FileOutcome.failed("d.go", SAME, List.of(edit(EditStatus.DRIFTED, 0)), List.of(), List.of(Problem.of("d.go", Problem.Kind.EDIT, "drifted"))));

        RunSummary s = RunSummary.of(outcomes);

        assertThat(List.of(s.files(), s.changed(), s.unchanged(), s.failed(), s.unmatched())).containsExactly(4, 1, 2, 1, 1);
        assertThat(s.edits()).isEqualTo(Map.of(EditStatus.APPLIED, 1, EditStatus.NOT_APPLICABLE, 2, EditStatus.DRIFTED, 1));
        assertThat(s.count(EditStatus.AMBIGUOUS)).isZero();
        assertThat(List.of(s.checks(), s.violated(), s.violations())).containsExactly(4, 2, 4);
        assertThat(s.anyFailed()).isTrue();
        assertThat(s.anyChanged()).isTrue();
        assertThat(RunSummary.listed(outcomes, false)).extracting(FileOutcome::path).containsExactly("a.go", "c.go", "d.go");
        assertThat(RunSummary.listed(outcomes, true)).hasSize(4);
    }

    @Test
    void anAlreadyAppliedEditMatchedButADeletionWhoseCodeIsAbsentDidNot() {
        FileOutcome migrated = unchanged("a.go", List.of(edit(EditStatus.ALREADY_APPLIED, 7)), List.of());
        FileOutcome nothingToDelete = unchanged("b.go", List.of(edit(EditStatus.ABSENT, 0)), List.of());
        FileOutcome ambiguous = unchanged("c.go", List.of(edit(EditStatus.AMBIGUOUS, 0)), List.of());

        assertThat(RunSummary.matched(migrated)).isTrue();
        assertThat(RunSummary.matched(nothingToDelete)).isFalse();
        assertThat(RunSummary.matched(ambiguous)).isTrue();
    }

    @Test
    void anEmptyRunCountsNothing() {
        RunSummary s = RunSummary.of(List.of());

        assertThat(List.of(s.files(), s.checks(), s.violations())).containsExactly(0, 0, 0);
        assertThat(s.anyFailed()).isFalse();
        assertThat(s.anyChanged()).isFalse();
    }

    @Test
    void editCountsAreCopiedFromAnyMap() {
        Map<EditStatus, Integer> given = new java.util.HashMap<>();
        RunSummary none = new RunSummary(1, 0, 1, 0, 1, given, 0, 0, 0);
        given.put(EditStatus.APPLIED, 2);

        assertThat(none.edits()).isEmpty();
        assertThat(new RunSummary(1, 1, 0, 0, 0, Map.of(EditStatus.APPLIED, 1), 0, 0, 0).count(EditStatus.APPLIED)).isOne();
    }

    @Test
    void countsThatDoNotAddUpAreRejected() {
        assertThatThrownBy(() -> new RunSummary(3, 1, 1, 0, 0, Map.of(), 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("files 3");
        assertThatThrownBy(() -> new RunSummary(1, 0, 1, 0, 0, Map.of(), 1, 0, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 violations of 0");
    }
}
