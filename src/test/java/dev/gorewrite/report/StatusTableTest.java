package dev.gorewrite.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.engine.CheckOutcome;
import dev.gorewrite.engine.EditOutcome;
import dev.gorewrite.engine.EditStatus;
import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.engine.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusTableTest {
    private static final byte[] SAME = "package p\n".getBytes();

    private static final List<FileOutcome> OUTCOMES = List.of(
            new FileOutcome("a.go", FileOutcome.Status.UNCHANGED, SAME, SAME,
                    List.of(new EditOutcome("r/a", "change 1", EditStatus.ALREADY_APPLIED, 3, "")),
                    List.of(new CheckOutcome("r/a", "c1", "it holds", true, 3, "holds")), List.of()),
            FileOutcome.failed("b.go", SAME,
                    List.of(new EditOutcome("r/a", "change 1", EditStatus.DRIFTED, 0, "not found")),
                    List.of(new CheckOutcome("r/a", "c1", "it holds", false, 7, "expected x, found none")),
                    List.of(Problem.of("b.go", Problem.Kind.EDIT, "change 1: drifted: not found"))));

    @Test
    void listsEveryEditWithItsPlaceAndStatusThenProblemsAndCounts() {
        String table = StatusTable.render(OUTCOMES, false);

        assertThat(table.lines()).containsExactly(
                "FILE    EDIT      STATUS",
                "a.go:3  change 1  already-applied",
                "b.go    change 1  drifted",
                "b.go: change 1: drifted: not found",
                "2 files: 0 to change, 1 unchanged, 1 failed");
    }

    @Test
    void colourOnlyWhenAsked() {
        assertThat(StatusTable.render(OUTCOMES, false)).doesNotContain("\u001b[");
        assertThat(StatusTable.render(OUTCOMES, true)).contains("\u001b[31mdrifted\u001b[0m");
    }

    @Test
    void theHeaderIsNeverPaintedOnlyTheStatuses() {
        List<String> lines = StatusTable.render(OUTCOMES, true).lines().toList();

        assertThat(lines.get(0)).isEqualTo("FILE    EDIT      STATUS");
        assertThat(lines.get(1)).endsWith("\u001b[2malready-applied\u001b[0m");
    }

    @Test
    void controlCharactersInNamesAndProblemsAreEscaped() {
        String evil = "x\u001b[2J\u001b]0;t\u0007\u009b\u202e.go";
        FileOutcome failed = FileOutcome.failed(evil, SAME,
                List.of(new EditOutcome("r/a", "change\t1\r", EditStatus.DRIFTED, 0, "not found")), List.of(),
                List.of(Problem.of(evil, Problem.Kind.EDIT, "change 1: drifted: \udcff")));

        String table = StatusTable.render(List.of(failed), true);

        String shown = "x\\x1b[2J\\x1b]0;t\\x07\\u009b\\u202e.go";
        assertThat(table.lines()).containsExactly(
                "FILE" + " ".repeat(shown.length() - 4) + "  EDIT         STATUS",
                shown + "  change\\t1\\r  \u001b[31mdrifted\u001b[0m",
                shown + ": change 1: drifted: \\xff",
                "1 file: 0 to change, 0 unchanged, 1 failed");
    }

    @Test
    void violationsArePathLineCheckMessage() {
        assertThat(StatusTable.violations(OUTCOMES)).isEqualTo("b.go:7: c1: expected x, found none\n");
    }

    private static final List<FileOutcome> WITH_QUIET_FILES = List.of(
            new FileOutcome("a.go", FileOutcome.Status.CHANGED, SAME, "package q\n".getBytes(),
                    List.of(new EditOutcome("r/a", "change 1", EditStatus.APPLIED, 2, "")), List.of(), List.of()),
            new FileOutcome("b.go", FileOutcome.Status.UNCHANGED, SAME, SAME,
                    List.of(new EditOutcome("r/a", "change 1", EditStatus.NOT_APPLICABLE, 0, "")), List.of(), List.of()),
            new FileOutcome("c.go", FileOutcome.Status.UNCHANGED, SAME, SAME, List.of(), List.of(), List.of()));

    @Test
    void onlyFilesWhereSomethingMatchedAreListedAndTheRestCounted() {
        assertThat(StatusTable.render(WITH_QUIET_FILES, false).lines()).containsExactly(
                "FILE    EDIT      STATUS",
                "a.go:2  change 1  applied",
                "3 files: 1 to change, 2 unchanged, 0 failed (2 where nothing matched not listed)");
    }

    @Test
    void verboseListsEveryFileAndAFileWithoutEditsGetsARowOfItsOwn() {
        assertThat(StatusTable.render(WITH_QUIET_FILES, new ReportView(true, false, false, 3), false).lines())
                .containsExactly(
                        "FILE    EDIT      STATUS",
                        "a.go:2  change 1  applied",
                        "b.go    change 1  not-applicable",
                        "c.go    -         unchanged",
                        "3 files: 1 to change, 2 unchanged, 0 failed");
    }

    @Test
    void quietKeepsOnlyProblemsAndTheSummary() {
        assertThat(StatusTable.render(OUTCOMES, new ReportView(false, true, false, 3), false).lines()).containsExactly(
                "b.go: change 1: drifted: not found",
                "2 files: 0 to change, 1 unchanged, 1 failed");
    }

    @Test
    void afterApplyTheSummarySaysChanged() {
        assertThat(StatusTable.render(WITH_QUIET_FILES, new ReportView(false, false, true, 3), false))
                .endsWith("3 files: 1 changed, 2 unchanged, 0 failed (2 where nothing matched not listed)\n");
    }

    @Test
    void nothingMatchedAnywhereLeavesOnlyTheSummary() {
        assertThat(StatusTable.render(WITH_QUIET_FILES.subList(1, 3), false))
                .isEqualTo("2 files: 0 to change, 2 unchanged, 0 failed (2 where nothing matched not listed)\n");
    }

    @Test
    void everyViolationOfACheckIsItsOwnLine() {
        FileOutcome twice = new FileOutcome("c.go", FileOutcome.Status.UNCHANGED, SAME, SAME, List.of(),
                List.of(new CheckOutcome("r", "no-sleep", "no sleeps", false, 4, "found code `time.Sleep`"),
                        new CheckOutcome("r", "no-sleep", "no sleeps", false, 9, "found code `time.Sleep`")), List.of());

        assertThat(StatusTable.violations(List.of(twice))).isEqualTo(
                "c.go:4: no-sleep: found code `time.Sleep`\nc.go:9: no-sleep: found code `time.Sleep`\n");
    }
}
