package dev.gorewrite.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Two readings of one guide give the same steps: files, headings, labels, and every block's code tokens. */
final class SameGuide {
    private SameGuide() {}

    static void assertSameSteps(Guide damaged, Guide clean) {
        assertThat(damaged.sections()).hasSameSizeAs(clean.sections());
        for (int s = 0; s < clean.sections().size(); s++) {
            FileSection d = damaged.sections().get(s);
            FileSection c = clean.sections().get(s);
            assertThat(d.file()).isEqualTo(c.file());
            assertThat(d.title()).isEqualTo(c.title());
            assertThat(d.steps()).extracting(Step::heading).isEqualTo(c.steps().stream().map(Step::heading).toList());
            for (int i = 0; i < c.steps().size(); i++) {
                assertThat(DraftKind.of(d, d.steps().get(i))).isEqualTo(DraftKind.of(c, c.steps().get(i)));
                assertSameBlocks(blocks(d.steps().get(i)), blocks(c.steps().get(i)));
            }
        }
    }

    private static List<Block> blocks(Step step) {
        return step instanceof Step.Change change ? change.blocks() : List.of();
    }

    private static void assertSameBlocks(List<Block> damaged, List<Block> clean) {
        assertThat(damaged).extracting(Block::label).isEqualTo(clean.stream().map(Block::label).toList());
        assertThat(damaged).extracting(Block::language).isEqualTo(clean.stream().map(Block::language).toList());
        for (int b = 0; b < clean.size(); b++) {
            List<CodeToken> d = damaged.get(b).tokens();
            List<CodeToken> c = clean.get(b).tokens();
            assertThat(d).hasSameSizeAs(c);
            for (int t = 0; t < c.size(); t++) {
                assertThat(d.get(t).fits(c.get(t))).as("token %d of block at line %d: %s for %s", t,
                        clean.get(b).line(), d.get(t), c.get(t)).isTrue();
            }
        }
    }
}
