package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad targets and bad recipes: the file stays as it was, the message has a place, the others still migrate. */
class RunFailuresTest {
    private static final Path EXAMPLES = Path.of("examples/kubernaut/test/infrastructure");
    private static final Path EXPECTED = Path.of("examples/expected/test/infrastructure");
    private static final String GW = "gateway_e2e_hybrid.go";
    private static final String RO = "remediationorchestrator_e2e_hybrid.go";
    private static final String SP = "signalprocessing_e2e_hybrid.go";

    @TempDir
    Path root;

    Path dir;

    @BeforeEach
    void copy() throws IOException {
        dir = Files.createDirectories(root.resolve("test/infrastructure"));
        for (String f : new String[] {GW, RO, SP}) {
            Files.copy(EXAMPLES.resolve(f), dir.resolve(f), StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    @Test
    void aTargetWithASyntaxErrorIsUntouchedAndTheOthersStillMigrate() throws IOException {
        String broken = Files.readString(dir.resolve(GW)).replaceFirst("err := buildDataStorageImage\\(writer\\)",
                "err := buildDataStorageImage(writer");
        Files.writeString(dir.resolve(GW), broken);

        CliRunner r = CliRunner.run("run", "--apply", root.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(3);
        assertThat(r.stderr()).containsPattern("test/infrastructure/gateway_e2e_hybrid.go:\\d+:\\d+: ");
        assertThat(Files.readString(dir.resolve(GW))).isEqualTo(broken);
        assertThat(dir.resolve(RO)).hasSameBinaryContentAs(EXPECTED.resolve(RO + ".golden"));
        assertThat(dir.resolve(SP)).hasSameBinaryContentAs(EXPECTED.resolve(SP + ".golden"));
    }

    @Test
    void aDriftedCallLeavesTheFileUntouchedAndShowsTheNearestCandidate() throws IOException {
        String drifted = Files.readString(dir.resolve(GW)).replace("err := buildDataStorageImage(writer)",
                "err := buildDataStorageImage(ctx, writer)");
        Files.writeString(dir.resolve(GW), drifted);
        int line = lineOf(drifted, "buildDataStorageImage(ctx, writer)");

        CliRunner r = CliRunner.run("run", "--apply", root.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(3);
        assertThat(Files.readString(dir.resolve(GW))).isEqualTo(drifted);
        assertThat(r.stderr()).contains("Gateway, change 2: build DataStorage with the dynamic tag: drifted")
                .contains("nearest candidate test/infrastructure/gateway_e2e_hybrid.go:" + line + ":")
                .contains("expected ')', found ','");
        assertThat(dir.resolve(RO)).hasSameBinaryContentAs(EXPECTED.resolve(RO + ".golden"));
    }

    @Test
    void aHalfMigratedFileGetsNoSecondPhaseZero() throws IOException {
        // Someone added Phase 0 and the tagged build by hand, then stopped.
        String golden = Files.readString(EXPECTED.resolve(RO + ".golden"));
        String original = Files.readString(dir.resolve(RO));
        String phase3 = "\t// PHASE 3: ";
        String half = golden.substring(0, golden.indexOf(phase3)) + original.substring(original.indexOf(phase3));
        Files.writeString(dir.resolve(RO), half);

        CliRunner r = CliRunner.run("run", "--apply", root.toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(dir.resolve(RO)).hasSameBinaryContentAs(EXPECTED.resolve(RO + ".golden"));
        assertThat(r.stderr()).containsPattern("RemediationOrchestrator, change 1: add Phase 0 before Phase 1 +already-applied");
    }

    @Test
    void aReadOnlyTargetIsReportedAndNotWritten() throws IOException {
        Files.setPosixFilePermissions(dir.resolve(GW), PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(dir.resolve(GW));

        CliRunner r = CliRunner.run("run", "--apply", root.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(3);
        assertThat(r.stderr()).contains("test/infrastructure/gateway_e2e_hybrid.go: is read-only; not changed");
        // Nothing was written there, so no row of that file says applied.
        assertThat(r.stderr().lines().filter(l -> l.startsWith("test/infrastructure/gateway_e2e_hybrid.go:")))
                .isNotEmpty().noneMatch(l -> l.endsWith(" applied")).anyMatch(l -> l.endsWith(" not-applied"));
        assertThat(Files.readAllBytes(dir.resolve(GW))).isEqualTo(before);
        assertThat(dir.resolve(SP)).hasSameBinaryContentAs(EXPECTED.resolve(SP + ".golden"));
    }

    @Test
    void aLinkedTargetIsNotFollowed() throws IOException {
        Path elsewhere = Files.createTempDirectory("outside").resolve(GW);
        Files.move(dir.resolve(GW), elsewhere);
        Files.createSymbolicLink(dir.resolve(GW), elsewhere);

        CliRunner r = CliRunner.run("run", "--apply", root.toString());

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.stderr()).contains("gateway_e2e_hybrid.go: is a symbolic link; gorewrite does not follow links");
        assertThat(elsewhere).hasSameBinaryContentAs(EXAMPLES.resolve(GW));
    }

    @Test
    void aBrokenRecipeExitsTwoWithFileLineAndField() throws IOException {
        Path recipes = Files.createDirectories(root.resolve("my-recipes"));
        Files.writeString(recipes.resolve("bad.yaml"), """
                id: mine/bad
                title: "bad"
                guide: "none"
                files: ["**/*.go"]
                edits:
                  - guide: "x"
                    replace:
                      from: f($X)
                      to: g($Y)
                """);

        CliRunner r = CliRunner.run("run", "--recipes", recipes.toString(), root.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("bad.yaml:9: edits[0].replace.to: unknown metavariable $Y");
        assertThat(r.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dir.resolve(GW)).hasSameBinaryContentAs(EXAMPLES.resolve(GW));
    }

    @Test
    void invalidYamlIsAnErrorWithALineNotAStackTrace() throws IOException {
        Path recipes = Files.createDirectories(root.resolve("my-recipes"));
        Files.writeString(recipes.resolve("broken.yaml"), "id: [unclosed\n");

        CliRunner r = CliRunner.run("recipes", "--recipes", recipes.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).containsPattern("broken.yaml:\\d+: ").doesNotContain("\tat ");
    }

    @Test
    void recipeSelectionRunsOnlyThatRecipe() {
        CliRunner r = CliRunner.run("run", "--recipe", "datastorage-image-tag/gateway", root.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("diff --git"))).hasSize(1);
        assertThat(CliRunner.run("run", "--recipe", "no/such", root.toString()).stderr())
                .contains("--recipe no/such: no such recipe");
    }

    @Test
    void jsonReportsStatusesChecksAndDiffs() {
        CliRunner r = CliRunner.run("run", "--json", root.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"mode\" : \"dry-run\"").contains("\"status\" : \"applied\"")
                .contains("\"id\" : \"tag-declared-once\"").contains("\"diff\" : \"diff --git a/test/infrastructure/");
    }

    @Test
    void checkListsViolationsWithPlaces() {
        CliRunner r = CliRunner.run("check", root.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("test/infrastructure/gateway_e2e_hybrid.go:1: build-with-tag: expected code")
                .containsPattern("remediationorchestrator_e2e_hybrid.go:\\d+: no-retag-function: found code `tagDataStorageImageInKind`");
    }

    @Test
    void recipesListsIdsTitlesTargetsAndGuideReferences() {
        CliRunner r = CliRunner.run("recipes");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("datastorage-image-tag/gateway").contains("**/gateway_e2e_hybrid.go")
                .contains("Gateway, change 3: load DataStorage with the dynamic tag")
                .contains("datastorage-image-tag/remediationorchestrator").contains("datastorage-image-tag/signalprocessing");
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }
}
