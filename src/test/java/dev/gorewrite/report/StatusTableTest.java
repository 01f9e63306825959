package dev.gorewrite.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.engine.CheckOutcome;
import dev.gorewrite.engine.EditOutcome;
import dev.gorewrite.engine.EditStatus;
import dev.gorewrite.engine.FileOutcome;
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
                    List.of("b.go: change 1: drifted: not found")));

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
    void violationsArePathLineCheckMessage() {
        assertThat(StatusTable.violations(OUTCOMES)).isEqualTo("b.go:7: c1: expected x, found none\n");
    }
}
