package dev.gorewrite.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DrafterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void everyStepOfTheGuideIsAccountedFor() {
        Guide guide = GuideReader.parse("g.md", "# G\n\n## A\n\n**File**: `a.go`\n\n**DELETE**:\n```go\nfunc f() {}\n```\n");
        Drafts drafts = Drafter.draft(guide, Optional.empty(), TODAY);
        long steps = drafts.recipes().stream().mapToLong(r -> r.steps().size()).sum() + drafts.manual().size();
        assertThat(steps).isEqualTo(guide.stepCount()).isEqualTo(1);
    }
}
