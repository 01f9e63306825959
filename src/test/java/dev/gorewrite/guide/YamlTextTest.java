package dev.gorewrite.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The recipe YAML the drafter writes reads back, through snakeyaml-engine, as the values it was given. */
class YamlTextTest {
    @Test
    void codeOfAnyShapeRoundTripsThroughABlockScalar() {
        List<String> codes = List.of("a := 1\n", "\t\tindented(first)\n\tless\n", "# not a comment\nx := \"#\" // \"quoted\" \\\n",
                "f(`raw: {x}`)\n\n\ng()\n", "    four spaces\n  two\n", "key: value\n- item\n");
        for (String code : codes) {
            YamlText yaml = new YamlText();
            yaml.raw(0, "edit:");
            yaml.block(2, "code", code);
            yaml.scalar(2, "after", code.strip());
            Map<String, Object> read = OwnGuideDraftsTest.yaml(yaml.text());
            assertThat(read.get("edit")).as(yaml.text()).isEqualTo(Map.of("code", expected(code), "after", code.strip()));
        }
    }

    /** Trailing blank lines go (clip), and so does trailing whitespace on a line. */
    private static String expected(String code) {
        return code.stripTrailing().lines().map(String::stripTrailing).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void quotedScalarsEscapeWhatYamlWouldReadOtherwise() {
        for (String text : List.of("a: b", "\"q\" and \\", "tab\there", "#x", "- y", "{z}", "é 📛 \uFFFD", "\u0007bell")) {
            YamlText yaml = new YamlText();
            yaml.scalar(0, "v", text);
            assertThat(OwnGuideDraftsTest.yaml(yaml.text())).containsEntry("v", text);
        }
    }

    @Test
    void aCommentedOutItemIsCommentsAndComesBackWhenUncommented() {
        YamlText yaml = new YamlText();
        yaml.raw(0, "edits:");
        yaml.scalar(2, "- keep", "k");
        yaml.commentedOut(true);
        yaml.scalar(2, "- guide", "g");
        yaml.block(4, "code", "x()\n\ny()\n");
        yaml.commentedOut(false);
        String text = yaml.text();
        assertThat(text).contains("  # - guide: \"g\"\n  #   code: |\n  #     x()\n  #\n  #     y()\n");
        assertThat(OwnGuideDraftsTest.yaml(text)).isEqualTo(Map.of("edits", List.of(Map.of("keep", "k"))));
        assertThat(OwnGuideDraftsTest.yaml(ReviewBlocks.uncomment(text))).isEqualTo(Map.of("edits",
                List.of(Map.of("keep", "k"), Map.of("guide", "g", "code", "x()\n\ny()\n"))));
    }
}
