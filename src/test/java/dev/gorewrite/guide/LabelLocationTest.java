package dev.gorewrite.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelLocationTest {
    @Test
    void labelsInAnyCapitalisation() {
        assertThat(Label.of("change from:")).contains(new Label(Label.Kind.CHANGE_FROM, ""));
        assertThat(Label.of("Delete This Entire Section:")).contains(new Label(Label.Kind.DELETE_SECTION, ""));
        assertThat(Label.of("DELETE THIS ENTIRE FUNCTION (now obsolete):"))
                .contains(new Label(Label.Kind.DELETE_FUNCTION, "(now obsolete)"));
        assertThat(Label.of("ADD BEFORE Phase 3:")).contains(new Label(Label.Kind.ADD, "BEFORE Phase 3"));
        assertThat(Label.of("NEW FILE: `a/b.go`")).contains(new Label(Label.Kind.NEW_FILE, "a/b.go"));
        assertThat(Label.of("With")).contains(new Label(Label.Kind.WITH, ""));
    }

    @Test
    void proseBeforeABlockIsNoLabel() {
        assertThat(Label.of("To check it, run:")).isEmpty();
        assertThat(Label.of("Add Phase 0 with tag generation")).isEmpty();
        assertThat(Label.of("WorkflowExecution now follows the correct pattern:")).isEmpty();
        assertThat(Label.of("NEW FILE:")).isEmpty();
    }

    @Test
    void locations() {
        assertThat(Location.of("Line ~54 (before Phase 1 comment)")).isEqualTo(
                new Location.Lines(54, 54, true, "Line ~54 (before Phase 1 comment)"));
        assertThat(Location.of("Lines 48-70")).isEqualTo(new Location.Lines(48, 70, false, "Lines 48-70"));
        assertThat(Location.of("Before Phase 1 comment")).isEqualTo(
                new Location.BeforeComment("Phase 1", "Before Phase 1 comment"));
        assertThat(Location.of("Top of file")).isEqualTo(new Location.TopOfFile("Top of file"));
        assertThat(Location.of("after the imports")).isEqualTo(new Location.FreeText("after the imports"));
        assertThat(Location.of("Lines 70-48")).isEqualTo(new Location.FreeText("Lines 70-48"));
    }
}
