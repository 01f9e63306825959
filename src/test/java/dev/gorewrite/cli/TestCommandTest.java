package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `gorewrite test`: the built-in recipes' own cases, and broken fixtures as a recipe author meets them. */
class TestCommandTest {
    private static final Path RECIPES = Path.of("recipes");
    private static final Path GATEWAY = RECIPES.resolve("datastorage-image-tag/gateway.yaml");
    private static final Path GATEWAY_TESTS = RECIPES.resolve("datastorage-image-tag/gateway.tests");

    /** A recipe whose result it matches again: a second run wraps once more. */
    private static final String WRAP = """
            id: demo/wrap
            title: T
            guide: G
            files: "**/*.go"
            edits:
              - guide: wrap the argument
                replace: {from: "x := f($A)", to: "x := f(g($A))"}
            """;

    @TempDir
    Path dir;

    @Test
    void theBuiltInRecipesPassTheirOwnTestsFromTheClassPathAndFromTheFolder() throws IOException {
        long cases = caseFolders(RECIPES);
        for (CliRunner r : List.of(CliRunner.run("test"), CliRunner.run("test", "recipes"))) {
            assertThat(r.exit()).as(r.toString()).isZero();
            assertThat(r.out().lines().filter(l -> l.startsWith("PASS ")).count()).as(r.toString()).isEqualTo(cases);
            assertThat(r.out()).contains("PASS datastorage-image-tag/gateway examples\n",
                    "PASS datastorage-image-tag/remediationorchestrator half-migrated\n",
                    "PASS datastorage-image-tag/signalprocessing already-migrated\n");
            assertThat(lastLine(r)).isEqualTo(cases + " passed, 0 failed");
        }
        assertThat(cases).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aWrongAfterFailsWithAUnifiedDiffOfExpectedAgainstActual() throws IOException {
        Path after = copyGatewayCase("examples").resolve("after.go");
        replaceInFile(after, "dataStorageImageName, writer)", "dataStorageImage, writer)");

        CliRunner r = CliRunner.run("test", dir.resolve("gateway.yaml").toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL datastorage-image-tag/gateway examples (" + dir.resolve("gateway.tests/examples") + ")\n"
                + "  the result differs from " + after + ":\n"
                + "--- " + after + "\n+++ actual\n@@ -")
                .contains("\n-\t\terr := buildDataStorageImageWithTag(dataStorageImage, writer)\n"
                        + "+\t\terr := buildDataStorageImageWithTag(dataStorageImageName, writer)\n");
        assertThat(lastLine(r)).isEqualTo("0 passed, 1 failed");
    }

    @Test
    void updateWritesTheActualResultAsTheNewAfterThenTheCasePasses() throws IOException {
        Path after = copyGatewayCase("examples").resolve("after.go");
        byte[] right = Files.readAllBytes(after);
        replaceInFile(after, "dataStorageImageName, writer)", "dataStorageImage, writer)");

        CliRunner update = CliRunner.run("test", "--update", dir.toString());

        assertThat(update.exit()).as(update.toString()).isZero();
        assertThat(update.out()).contains("UPDATED datastorage-image-tag/gateway examples: wrote " + after + "\n")
                .doesNotContain("FAIL");
        assertThat(lastLine(update)).isEqualTo("1 passed, 0 failed");
        assertThat(Files.readAllBytes(after)).isEqualTo(right);
        assertThat(CliRunner.run("test", dir.toString()).out()).startsWith("PASS datastorage-image-tag/gateway examples\n");
    }

    @Test
    void withoutAfterTheRecipeMustLeaveTheFileAlone() throws IOException {
        Path examples = copyGatewayCase("examples");
        Files.delete(examples.resolve("after.go"));

        CliRunner r = CliRunner.run("test", dir.resolve("gateway.tests").toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("  the result differs from " + examples.resolve("before.go") + ":\n--- ");
        copyGatewayCase("already-migrated");
        assertThat(CliRunner.run("test", dir.toString()).out()).contains("PASS datastorage-image-tag/gateway already-migrated\n");
    }

    @Test
    void pinnedStatusesThatDifferAreNamedByEdit() throws IOException {
        Path half = copyGatewayCase("half-migrated");
        Files.writeString(half.resolve("expect.txt"), "already-applied\napplied\napplied\napplied\n");

        CliRunner r = CliRunner.run("test", dir.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("  edit statuses differ from expect.txt:\n"
                + "    edit 2 (Gateway, change 2: build DataStorage with the dynamic tag): expected applied, got already-applied\n")
                .doesNotContain("edit 1 (");
    }

    @Test
    void aRefusalPassesOnlyWhenExpectTxtAsksForIt() throws IOException {
        Path drifted = copyGatewayCase("drifted-load");
        assertThat(CliRunner.run("test", dir.toString()).out()).contains("PASS datastorage-image-tag/gateway drifted-load\n");

        Files.delete(drifted.resolve("expect.txt"));
        CliRunner r = CliRunner.run("test", dir.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("  the recipe refused the file:\n    " + drifted.resolve("before.go")
                + ": Gateway, change 3: load DataStorage with the dynamic tag: drifted");
    }

    @Test
    void aResultThatASecondRunChangesFails() throws IOException {
        Files.writeString(dir.resolve("wrap.yaml"), WRAP);
        writeCase("wrap.tests/once", "x := f(1)", "x := f(g(1))");

        CliRunner r = CliRunner.run("test", dir.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        // The engine itself runs the recipe again on its result and refuses a file that changes again.
        assertThat(r.out()).contains("  the recipe refused the file:\n")
                .contains("before.go: not idempotent: recipe demo/wrap, wrap the argument: a second run on the result"
                        + " applies again at line 4; the file is left as it is");
    }

    @Test
    void updateLeavesAResultThatFailsOtherwiseAlone() throws IOException {
        Files.writeString(dir.resolve("wrap.yaml"), WRAP);
        writeCase("wrap.tests/once", "x := f(1)", "x := f(h(1))");
        Path after = dir.resolve("wrap.tests/once/after.go");
        byte[] wrong = Files.readAllBytes(after);

        CliRunner r = CliRunner.run("test", "--update", dir.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL demo/wrap once").contains("not idempotent").doesNotContain("UPDATED");
        assertThat(Files.readAllBytes(after)).isEqualTo(wrong);
    }

    @Test
    void afterIsComparedByteForByteAndALineEndingDifferenceIsNamed() throws IOException {
        Path examples = copyGatewayCase("examples");
        Path after = examples.resolve("after.go");
        Files.writeString(after, Files.readString(after).replace("\n", "\r\n"));

        CliRunner r = CliRunner.run("test", dir.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("(only the line endings differ: CRLF expected, LF actual)\n");
    }

    @Test
    void anExpectedProblemThatIsNotReportedFailsTheCase() throws IOException {
        Path drifted = copyGatewayCase("drifted-load");
        Files.writeString(drifted.resolve("expect.txt"), "problem: change 2: build DataStorage with the dynamic tag: drifted\n");

        CliRunner r = CliRunner.run("test", dir.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("  expected the recipe to refuse the file with a problem containing 'change 2: build"
                + " DataStorage with the dynamic tag: drifted'; its problems:\n    " + drifted.resolve("before.go"));
    }

    @Test
    void recipeOptionRunsOnlyThatRecipesCases() {
        CliRunner r = CliRunner.run("test", "--recipe", "datastorage-image-tag/signalprocessing", "recipes");

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("PASS ")))
                .isNotEmpty().allMatch(l -> l.startsWith("PASS datastorage-image-tag/signalprocessing "));
        assertThat(CliRunner.run("test", "--recipe", "no/such", "recipes").exit()).isEqualTo(2);
    }

    @Test
    void aMisspeltCaseFileIsAnErrorNotACaseThatExpectsNoChange() throws IOException {
        Path examples = copyGatewayCase("examples");
        Files.move(examples.resolve("after.go"), examples.resolve("afer.go"));

        CliRunner r = CliRunner.run("test", dir.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains(examples.resolve("afer.go") + ": unknown file in a case; expected before.go,"
                + " after.go and expect.txt");
        assertThat(r.out()).isEmpty();
    }

    /** README, "Testing your recipes": the example's files, run from the folder holding my-recipes/. */
    @Test
    void theReadmeExample() throws IOException {
        Path recipes = Files.createDirectories(dir.resolve("my-recipes"));
        Files.writeString(recipes.resolve("tag-helper.yaml"), """
                id: my/tag-helper
                title: "Build images with their tag"
                guide: "Tagging guide, step 1"
                files: "**/*_e2e.go"
                edits:
                  - guide: "Step 1: build with the tag"
                    replace:
                      from: err := buildImage($W)
                      to: err := buildImageWithTag(tag, $W)
                """);
        writeSetUp(recipes.resolve("tag-helper.tests/already-done/before.go"), "buildImageWithTag(tag, w)");
        Files.writeString(recipes.resolve("tag-helper.tests/already-done/expect.txt"), "already-applied\n");
        writeSetUp(recipes.resolve("tag-helper.tests/renamed/before.go"), "buildImage(w)");
        writeSetUp(recipes.resolve("tag-helper.tests/renamed/after.go"), "buildImageWithTag(w, tag)");
        String prefix = dir + "/";

        CliRunner r = CliRunner.run("test", prefix + "my-recipes/");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().replace(prefix, "")).isEqualTo("""
                PASS my/tag-helper already-done
                FAIL my/tag-helper renamed (my-recipes/tag-helper.tests/renamed)
                  the result differs from my-recipes/tag-helper.tests/renamed/after.go:
                --- my-recipes/tag-helper.tests/renamed/after.go
                +++ actual
                @@ -1,6 +1,6 @@
                 package e2e
                \s
                 func setUp(tag string, w Writer) error {
                -\terr := buildImageWithTag(w, tag)
                +\terr := buildImageWithTag(tag, w)
                 \treturn err
                 }
                1 passed, 1 failed
                """);
    }

    @Test
    void updateNeedsAFolderToWriteTo() {
        CliRunner r = CliRunner.run("test", "--update");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("--update needs a PATH");
    }

    @Test
    void aFolderWithoutTestsIsAUsageError() throws IOException {
        Files.copy(GATEWAY, dir.resolve("gateway.yaml"));

        CliRunner r = CliRunner.run("test", dir.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("no recipe tests found");
    }

    private Path copyGatewayCase(String name) throws IOException {
        if (!Files.exists(dir.resolve("gateway.yaml"))) {
            Files.copy(GATEWAY, dir.resolve("gateway.yaml"));
        }
        Path target = dir.resolve("gateway.tests").resolve(name);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(GATEWAY_TESTS.resolve(name))) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }

    private void writeCase(String folder, String beforeLine, String afterLine) throws IOException {
        Path c = Files.createDirectories(dir.resolve(folder));
        String file = "package p\n\nfunc h() {\n\t%s\n\t_ = x\n}\n";
        Files.writeString(c.resolve("before.go"), file.formatted(beforeLine));
        Files.writeString(c.resolve("after.go"), file.formatted(afterLine));
    }

    private static void writeSetUp(Path file, String build) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package e2e\n\nfunc setUp(tag string, w Writer) error {\n\terr := " + build
                + "\n\treturn err\n}\n");
    }

    private static void replaceInFile(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
    }

    private static long caseFolders(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().equals("before.go")).count();
        }
    }

    private static String lastLine(CliRunner r) {
        List<String> lines = r.out().lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
