package dev.gorewrite.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Guides of the same family in other formats (src/test/resources/guides/), and damaged copies of them. */
class OwnGuidesTest {
    static String resource(String name) throws IOException {
        try (InputStream in = OwnGuidesTest.class.getResourceAsStream("/guides/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** UTF-8 read as Windows-1254 and saved again: the bytes that code page leaves undefined are lost. */
    static String deliveredBadly(String clean) {
        String misread = new String(clean.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1254"));
        return misread.replace("\uFFFD", "");
    }

    @Test
    void replaceWithAndAnImportAdd() throws IOException {
        Guide guide = GuideReader.parse("replace-with-import.md", resource("replace-with-import.md"));
        FileSection client = guide.sections().get(0);
        assertThat(guide.sections()).hasSize(1);
        assertThat(client.file()).contains("pkg/client/client.go");
        assertThat(client.title()).isEqualTo("Client package");
        assertThat(client.steps()).extracting(Step::heading)
                .containsExactly("Step 1: Import the retry package", "Step 2: Wrap the client");
        assertThat(client.steps()).extracting(s -> DraftKind.of(client, s)).containsExactly(DraftKind.INSERT, DraftKind.REPLACE);
        Step.Change imports = (Step.Change) client.steps().get(0);
        assertThat(imports.location()).isEqualTo(new Location.TopOfFile("Top of file"));
        assertThat(imports.blocks().get(0).tokens()).extracting(CodeToken::text)
                .containsExactly("import", "(", "\"example.com/retry\"", ")");
        Step.Change wrap = (Step.Change) client.steps().get(1);
        assertThat(wrap.location()).isEqualTo(new Location.Lines(48, 52, false, "Lines 48-52"));
        assertThat(wrap.blocks()).extracting(b -> b.label().kind()).containsExactly(Label.Kind.REPLACE, Label.Kind.WITH);
        assertThat(guide.validations()).extracting(Validation::codes)
                .containsExactly(List.of("retry.Wrap(", "pkg/client/client.go"), List.of());
    }

    @Test
    void argumentLinesFileLineNewFileAndAYamlStepInOtherSpellings() throws IOException {
        Guide guide = GuideReader.parse("mixed-formats.md", resource("mixed-formats.md"));
        assertThat(guide.sections()).extracting(FileSection::file).containsExactly(
                java.util.Optional.of("cmd/server/main.go"), java.util.Optional.of("internal/api/handler.go"),
                java.util.Optional.empty(), java.util.Optional.empty());
        assertThat(guide.sections()).extracting(s -> DraftKind.of(s, s.steps().get(0))).containsExactly(
                DraftKind.REPLACE, DraftKind.DELETE_DECLARATION, DraftKind.NEW_FILE, DraftKind.MANUAL);
        Step.Change argument = (Step.Change) guide.sections().get(0).steps().get(0);
        assertThat(argument.blocks()).extracting(b -> b.label().kind()).containsExactly(Label.Kind.BEFORE, Label.Kind.AFTER);
        assertThat(argument.blocks().get(1).tokens()).extracting(CodeToken::text)
                .containsExactly("\"--port\"", ",", "strconv", ".", "Itoa", "(", "port", ")", ",");
        Step.Change handler = (Step.Change) guide.sections().get(1).steps().get(0);
        assertThat(handler.location()).isEqualTo(new Location.Lines(61, 61, false, "line 61"));
        Step.Change health = (Step.Change) guide.sections().get(2).steps().get(0);
        assertThat(health.blocks().get(0).label()).isEqualTo(new Label(Label.Kind.NEW_FILE, "internal/api/health.go"));
    }

    @Test
    void aStepWithNoFileAndYamlBlocksIsKeptAsManualWithEveryBlock() throws IOException {
        FileSection manifests = GuideReader.parse("mixed-formats.md", resource("mixed-formats.md")).sections().get(3);
        assertThat(manifests.title()).isEqualTo("Manifests");
        Step.Change step = (Step.Change) manifests.steps().get(0);
        assertThat(step.location()).isEqualTo(new Location.BeforeComment("Probes", "Before Probes comment"));
        assertThat(step.blocks()).extracting(b -> b.label().kind(), Block::language).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Label.Kind.CHANGE_FROM, "yaml"),
                org.assertj.core.groups.Tuple.tuple(Label.Kind.CHANGE_TO, "yaml"),
                org.assertj.core.groups.Tuple.tuple(Label.Kind.NONE, "shell"));
        assertThat(step.blocks()).allSatisfy(b -> assertThat(b.tokens()).isEmpty());
    }

    @Test
    void damagedCopiesOfOurGuidesReadAsTheCleanOnes() throws IOException {
        for (String name : List.of("replace-with-import.md", "mixed-formats.md")) {
            Guide clean = GuideReader.parse(name, resource(name));
            Guide damaged = GuideReader.parse(name, deliveredBadly(resource(name)));
            SameGuide.assertSameSteps(damaged, clean);
            assertThat(damaged.validations()).isEqualTo(clean.validations());
        }
    }

    @Test
    void aDamagedCommentIsCarriedButTheCodeTokensAreWhole() throws IOException {
        String damaged = deliveredBadly(resource("replace-with-import.md"));
        Guide guide = GuideReader.parse("replace-with-import.md", damaged);
        Block imports = ((Step.Change) guide.sections().get(0).steps().get(0)).blocks().get(0);
        // The two banners lose 0x90 of each "═", the closing quote its 0x9D: all in comments.
        assertThat(guide.repair().left()).isEqualTo(3);
        assertThat(imports.code()).startsWith("// \uFFFD");
        assertThat(imports.damaged()).isFalse();
        Block with = ((Step.Change) guide.sections().get(0).steps().get(1)).blocks().get(1);
        assertThat(with.code()).startsWith("// retries on 5xx — see RFC “retry budget\uFFFD");
        assertThat(with.damaged()).isFalse();
    }
}
