package dev.gorewrite.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gorewrite.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The acceptance: the guide the built-in recipes were written from (and its damaged
 * as-delivered copy), drafted over examples/kubernaut and run as `gorewrite run --recipes DIR`.
 */
class FixGuideDraftTest {
    private static final Path GUIDES = Path.of("../shared/guide");
    private static final Path EXAMPLES = Path.of("examples/kubernaut");
    private static final Path EXPECTED = Path.of("examples/expected/test/infrastructure");
    private static final String DIR = "test/infrastructure/";
    private static final List<String> SERVICES = List.of("remediationorchestrator", "gateway", "signalprocessing");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path temp;

    private static Drafts draft(String name) throws IOException {
        Path guide = GUIDES.resolve(name);
        assumeTrue(Files.isRegularFile(guide), guide + " is not here");
        return Drafter.draft(GuideReader.read(guide), Optional.of(EXAMPLES), TODAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fix-guide.md", "fix-guide.as-delivered.md"})
    void fourteenStepsTwelveDraftedAndTheTwoLoadAddsNeedReviewWithTheOldLoadAsCandidate(String name) throws IOException {
        Drafts drafts = draft(name);
        assertThat(drafts.recipes()).extracting(DraftedRecipe::fileName).containsExactly(
                "remediationorchestrator_e2e_hybrid.yaml", "gateway_e2e_hybrid.yaml", "signalprocessing_e2e_hybrid.yaml");
        assertThat(drafts.manual()).isEmpty();
        List<DraftedStep> steps = drafts.recipes().stream().flatMap(r -> r.steps().stream()).toList();
        assertThat(steps).hasSize(14);
        assertThat(steps).filteredOn(s -> s.certainty() == Certainty.DRAFTED).hasSize(12).allMatch(s -> s.editIndex() >= 0);
        List<DraftedStep> review = steps.stream().filter(s -> s.certainty() == Certainty.NEEDS_REVIEW).toList();
        assertThat(review).extracting(DraftedStep::kind).containsExactly(DraftKind.INSERT, DraftKind.INSERT);
        assertThat(review).extracting(DraftedStep::editIndex).containsOnly(-1);
        assertThat(review.get(0).note()).contains(oldLoad("gateway")).contains("older form");
        assertThat(review.get(1).note()).contains(oldLoad("signalprocessing")).contains("older form");
    }

    /** path:line:col of the `go func() {` that loads DataStorage with the static tag. */
    private static String oldLoad(String service) throws IOException {
        List<String> lines = Files.readAllLines(EXAMPLES.resolve(DIR + service + "_e2e_hybrid.go"));
        int call = lines.indexOf("\t\terr := loadDataStorageImage(clusterName, writer)");
        assertThat(lines.get(call - 1)).isEqualTo("\tgo func() {");
        return DIR + service + "_e2e_hybrid.go:" + call + ":2 `go func() {`";
    }

    @ParameterizedTest
    @ValueSource(strings = {"fix-guide.md", "fix-guide.as-delivered.md"})
    void runAsDraftedOnlyTheFileWithNoReviewChangesAndTheOthersAreHeldByTheirChecks(String name) throws IOException {
        Path drafts = write(draft(name), false);
        Path root = copyExamples();
        Run run = Run.of("run", "--apply", "--recipes", drafts.toString(), root.toString());
        assertThat(run.exit).as(run.toString()).isEqualTo(3);
        assertThat(root.resolve(DIR + "remediationorchestrator_e2e_hybrid.go"))
                .hasSameBinaryContentAs(EXPECTED.resolve("remediationorchestrator_e2e_hybrid.go.golden"));
        for (String svc : List.of("gateway", "signalprocessing", "workflowexecution")) {
            assertThat(root.resolve(DIR + svc + "_e2e_hybrid.go")).hasSameBinaryContentAs(EXAMPLES.resolve(DIR + svc + "_e2e_hybrid.go"));
        }
        assertThat(run.err).contains("uses-load-data-storage-image-with-tag");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fix-guide.md", "fix-guide.as-delivered.md"})
    void withTheReviewedReplacesUncommentedEveryFileIsTheExpectedOneAndASecondRunChangesNothing(String name) throws IOException {
        Path drafts = write(draft(name), true);
        Path root = copyExamples();
        Run run = Run.of("run", "--apply", "--recipes", drafts.toString(), root.toString());
        assertThat(run.exit).as(run.toString()).isZero();
        for (String svc : SERVICES) {
            assertThat(root.resolve(DIR + svc + "_e2e_hybrid.go")).hasSameBinaryContentAs(EXPECTED.resolve(svc + "_e2e_hybrid.go.golden"));
        }
        assertThat(root.resolve(DIR + "workflowexecution_e2e_hybrid.go"))
                .hasSameBinaryContentAs(EXAMPLES.resolve(DIR + "workflowexecution_e2e_hybrid.go"));
        Run again = Run.of("run", "--exit-code", "--recipes", drafts.toString(), root.toString());
        assertThat(again.exit).as(again.toString()).isZero();
        assertThat(again.out).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fix-guide.md", "fix-guide.as-delivered.md"})
    void theValidationsThatNameCodeAreChecksOfEveryRecipe(String name) throws IOException {
        Guide guide = GuideReader.read(GUIDES.resolve(name));
        List<Integer> naming = guide.validations().stream().filter(v -> !v.codes().isEmpty()).map(Validation::line).toList();
        assertThat(naming).hasSize(5);
        for (DraftedRecipe recipe : draft(name).recipes()) {
            assertThat(recipe.checks()).extracting(DraftedCheck::guideLine).containsExactlyElementsOf(naming);
            assertThat(recipe.checks()).extracting(DraftedCheck::checkId).containsExactly("uses-build-data-storage-image-with-tag",
                    "uses-load-data-storage-image-with-tag", "uses-data-storage-image-name", "no-tag-data-storage-image-in-kind",
                    "once-generate-infra-image-name");
        }
        assertThat(draft(name).recipes().get(1).yaml()).contains("exactly-once: \"GenerateInfraImageName(\\\"datastorage\\\", \\\"gateway\\\")\"");
    }

    @org.junit.jupiter.api.Test
    void theDamagedCopyGivesTheSameDraftsAsTheCleanOne() throws IOException {
        List<DraftedRecipe> clean = draft("fix-guide.md").recipes();
        List<DraftedRecipe> damaged = draft("fix-guide.as-delivered.md").recipes();
        assertThat(damaged).hasSameSizeAs(clean);
        for (int i = 0; i < clean.size(); i++) {
            assertThat(codeOf(damaged.get(i).yaml())).isEqualTo(codeOf(clean.get(i).yaml()));
            assertThat(damaged.get(i).yaml()).doesNotContain("\uFFFD");
        }
    }

    /** The YAML less its header, with the guide's name and line numbers (the copies differ by two lines) made one. */
    private static String codeOf(String yaml) {
        return yaml.substring(yaml.indexOf("\nid: ")).replace("fix-guide.as-delivered.md", "fix-guide.md")
                .replace("fix-guide-as-delivered", "fix-guide").replaceAll("fix-guide\\.md:\\d+", "fix-guide.md:N");
    }

    private Path write(Drafts drafts, boolean uncommented) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("drafts"));
        for (DraftedRecipe r : drafts.recipes()) {
            Files.writeString(dir.resolve(r.fileName()), uncommented ? ReviewBlocks.uncomment(r.yaml()) : r.yaml());
        }
        return dir;
    }

    private Path copyExamples() throws IOException {
        Path root = temp.resolve("root");
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = root.resolve(EXAMPLES.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return root;
    }

    /** `gorewrite ARGS` in-process, as a user would run it. */
    record Run(int exit, String out, String err) {
        static Run of(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = Main.run(out, err, args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
