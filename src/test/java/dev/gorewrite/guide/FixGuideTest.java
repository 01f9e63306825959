package dev.gorewrite.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The guide the built-in recipes were written from, and its damaged as-delivered copy. */
class FixGuideTest {
    private static final Path CLEAN = Path.of("../shared/guide/fix-guide.md");
    private static final Path DELIVERED = Path.of("../shared/guide/fix-guide.as-delivered.md");

    private static Guide read(Path file) throws IOException {
        assumeTrue(Files.isRegularFile(file), file + " is not here");
        return GuideReader.read(file);
    }

    @Test
    void threeServiceSectionsWithFourteenStepsInGuideOrder() throws IOException {
        Guide guide = read(CLEAN);
        assertThat(guide.title()).isEqualTo("E2E DataStorage Image Tag Fix Guide - December 26, 2025");
        assertThat(guide.sections()).extracting(s -> s.file().orElseThrow()).containsExactly(
                "test/infrastructure/remediationorchestrator_e2e_hybrid.go",
                "test/infrastructure/gateway_e2e_hybrid.go",
                "test/infrastructure/signalprocessing_e2e_hybrid.go");
        assertThat(guide.sections()).extracting(s -> s.steps().size()).containsExactly(6, 4, 4);
        assertThat(guide.stepCount()).isEqualTo(14);
        assertThat(kinds(guide, 0)).containsExactly(DraftKind.INSERT, DraftKind.REPLACE, DraftKind.REPLACE,
                DraftKind.DELETE_SECTION, DraftKind.DELETE, DraftKind.DELETE_DECLARATION);
        assertThat(kinds(guide, 1)).containsExactly(DraftKind.INSERT, DraftKind.REPLACE, DraftKind.INSERT,
                DraftKind.REPLACE);
        assertThat(kinds(guide, 2)).containsOnly(DraftKind.REPEAT);
    }

    @Test
    void stepsKeepTheirGuideLineHeadingLocationAndLabels() throws IOException {
        Guide guide = read(CLEAN);
        Step.Change change2 = (Step.Change) guide.sections().get(0).steps().get(1);
        assertThat(change2.line()).isEqualTo(55);
        assertThat(change2.heading()).isEqualTo("Change 2: Modify Phase 1 Build");
        assertThat(change2.location()).isEqualTo(new Location.Lines(75, 78, true, "Line ~75-78"));
        assertThat(change2.blocks()).extracting(b -> b.label().kind(), Block::language, Block::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Label.Kind.CHANGE_FROM, "go", 60),
                        org.assertj.core.groups.Tuple.tuple(Label.Kind.CHANGE_TO, "go", 69));
        Step.Change gatewayAdd = (Step.Change) guide.sections().get(1).steps().get(0);
        assertThat(gatewayAdd.location()).isEqualTo(new Location.BeforeComment("Phase 1", "Before Phase 1 comment"));
        Step.Change gatewayLoad = (Step.Change) guide.sections().get(1).steps().get(2);
        assertThat(gatewayLoad.location()).isEqualTo(new Location.None());
        assertThat(gatewayLoad.blocks().get(0).label()).isEqualTo(new Label(Label.Kind.ADD, "BEFORE Phase 3"));
        Step.Change function = (Step.Change) guide.sections().get(0).steps().get(5);
        assertThat(function.blocks().get(0).label()).isEqualTo(new Label(Label.Kind.DELETE_FUNCTION, "(now obsolete)"));
    }

    @Test
    void signalProcessingRepeatsTheGatewayStepsWithItsOwnName() throws IOException {
        List<Step> steps = read(CLEAN).sections().get(2).steps();
        assertThat(steps).allSatisfy(s -> assertThat(s).isInstanceOf(Step.SameAs.class));
        assertThat(steps).extracting(s -> ((Step.SameAs) s).index()).containsExactly(1, 2, 3, 4);
        Step.SameAs phase1 = (Step.SameAs) steps.get(1);
        assertThat(phase1.section()).isEqualTo("Gateway");
        assertThat(phase1.codes()).containsExactly("buildDataStorageImageWithTag(dataStorageImageName, writer)");
        assertThat(phase1.substitutions()).containsExactly(new Step.Substitution("gateway", "signalprocessing", false));
    }

    @Test
    void theReferenceSectionIsKeptAsReferenceNotAsAChange() throws IOException {
        Guide guide = read(CLEAN);
        assertThat(guide.references()).singleElement().satisfies(r -> {
            assertThat(r.heading()).contains("Reference Implementation: WorkflowExecution");
            assertThat(r.blocks()).singleElement().extracting(Block::language).isEqualTo("go");
        });
        assertThat(guide.sections()).noneMatch(s -> s.title().contains("Reference"));
    }

    @Test
    void theSevenValidationsWithTheCodeTheyName() throws IOException {
        List<Validation> validations = read(CLEAN).validations();
        assertThat(validations).hasSize(7);
        assertThat(validations).extracting(Validation::codes).containsExactly(List.of(),
                List.of("buildDataStorageImageWithTag(dataStorageImageName, ...)"),
                List.of("loadDataStorageImageWithTag(clusterName, dataStorageImageName, ...)"),
                List.of("dataStorageImageName"), List.of(), List.of("tagDataStorageImageInKind()"),
                List.of("GenerateInfraImageName()"));
        assertThat(validations.get(0).line()).isEqualTo(219);
    }

    @Test
    void theDamagedCopyReadsAsTheCleanOne() throws IOException {
        Guide clean = read(CLEAN);
        Guide delivered = read(DELIVERED);
        assertThat(clean.repair().damaged()).isFalse();
        assertThat(delivered.repair().repaired()).isGreaterThan(0);
        assertThat(delivered.repair().left()).isGreaterThan(0);
        assertThat(delivered.title()).isEqualTo(clean.title());
        assertThat(delivered.validations()).extracting(Validation::codes)
                .isEqualTo(clean.validations().stream().map(Validation::codes).toList());
        SameGuide.assertSameSteps(delivered, clean);
    }

    @Test
    void onlyTheLiteralWhoseBytesWereLostIsDamagedAndItFitsTheCleanOne() throws IOException {
        Block delivered = ((Step.Change) read(DELIVERED).sections().get(0).steps().get(3)).blocks().get(0);
        Block clean = ((Step.Change) read(CLEAN).sections().get(0).steps().get(3)).blocks().get(0);
        List<Integer> damaged = IntStream.range(0, delivered.tokens().size())
                .filter(i -> delivered.tokens().get(i).damaged()).boxed().toList();
        assertThat(damaged).hasSize(1);
        CodeToken lost = delivered.tokens().get(damaged.get(0));
        assertThat(lost.text()).startsWith("\"\\n\uFFFD").endsWith("Tagging DataStorage image with dynamic name...\"");
        assertThat(lost.fits(clean.tokens().get(damaged.get(0)))).isTrue();
        assertThat(lost.fits(new CodeToken("\"\\nTagging DataStorage image with dynamic name...\""))).isFalse();
    }

    private static List<DraftKind> kinds(Guide guide, int section) {
        FileSection s = guide.sections().get(section);
        return s.steps().stream().map(step -> DraftKind.of(s, step)).toList();
    }
}
