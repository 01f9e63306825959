package dev.gorewrite.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.recipe.RecipeLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Our own guides of the family (src/test/resources/guides/NAME/): GUIDE.md over tree/, drafted
 * into expected/*.yaml; the drafts of edits, run with `run --recipes`, give after/. A `create`
 * recipe (NEW FILE) is held to its expected text until the loader reads `create`.
 */
class OwnGuideDraftsTest {
    private static final Path GUIDES = Path.of("src/test/resources/guides");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path temp;

    static Drafts draft(String name, String guideFile, Optional<Path> root) throws IOException {
        String text = Files.readString(GUIDES.resolve(name).resolve(guideFile), StandardCharsets.UTF_8);
        return Drafter.draft(GuideReader.parse(guideFile, text), root, TODAY);
    }

    private static Drafts draft(String name) throws IOException {
        return draft(name, "GUIDE.md", Optional.of(GUIDES.resolve(name).resolve("tree")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"replace-import", "argument-line", "new-file-yaml", "damaged"})
    void theDraftsAreTheExpectedRecipeFiles(String name) throws IOException {
        Path expected = GUIDES.resolve(name).resolve("expected");
        List<DraftedRecipe> recipes = draft(name).recipes();
        try (Stream<Path> files = Files.list(expected)) {
            assertThat(recipes).extracting(DraftedRecipe::fileName)
                    .containsExactlyInAnyOrderElementsOf(files.map(f -> f.getFileName().toString()).toList());
        }
        for (DraftedRecipe r : recipes) {
            assertThat(r.yaml()).as(r.fileName()).isEqualTo(Files.readString(expected.resolve(r.fileName())));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"replace-import", "argument-line", "new-file-yaml", "damaged"})
    void theDraftedEditsRunToTheExpectedTreeAndASecondRunChangesNothing(String name) throws Exception {
        Path recipes = Files.createDirectories(temp.resolve("recipes"));
        for (DraftedRecipe r : draft(name).recipes()) {
            if (!r.yaml().contains("\ncreate:")) {
                assertThat(RecipeLoader.load(r.fileName(), r.yaml()).edits()).isNotEmpty();
                Files.writeString(recipes.resolve(r.fileName()), r.yaml());
            }
        }
        Path root = copy(GUIDES.resolve(name).resolve("tree"), temp.resolve("root"));
        FixGuideDraftTest.Run run = FixGuideDraftTest.Run.of("run", "--apply", "--recipes", recipes.toString(), root.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertSameTree(root, GUIDES.resolve(name).resolve("after"));
        FixGuideDraftTest.Run again = FixGuideDraftTest.Run.of("run", "--exit-code", "--recipes", recipes.toString(), root.toString());
        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.out()).isEmpty();
    }

    @Test
    void replaceWithAndAnImportAddEveryStepDrafted() throws IOException {
        DraftedRecipe client = draft("replace-import").recipes().get(0);
        assertThat(client.steps()).extracting(DraftedStep::certainty).containsOnly(Certainty.DRAFTED);
        assertThat(client.steps()).extracting(DraftedStep::editIndex).containsExactly(-1, 0, 1);
        assertThat(client.steps().get(0).note()).contains("imports: add: [example.com/retry]");
        assertThat(client.yaml()).contains("  retry: \"example.com/retry\"\n  add: [\"example.com/retry\"]\n")
                .contains("      from: |\n        c.Transport = http.DefaultTransport\n        $...REST\n");
        assertThat(client.checks()).extracting(DraftedCheck::checkId).containsExactly("uses-retry", "no-check-redirect");
    }

    @Test
    void argumentLinesBecomeTheStatementAroundThemWithOnlyTheirLinesChangedAndALineNumberTheStatementThere() throws IOException {
        DraftedRecipe main = draft("argument-line").recipes().get(0);
        assertThat(main.steps()).extracting(DraftedStep::kind).containsExactly(DraftKind.REPLACE, DraftKind.REPLACE,
                DraftKind.INSERT, DraftKind.DELETE_DECLARATION);
        assertThat(main.steps()).extracting(DraftedStep::certainty).containsOnly(Certainty.DRAFTED);
        assertThat(main.yaml()).contains("      to: |\n        cmd := exec.Command(\"server\",\n        \t\"--port\", strconv.Itoa(port),\n"
                        + "        \t\"--verbose\")\n")
                .contains("      to: |\n        return deployService(ctx,\n        \tpinnedImage, image)\n")
                .contains("before: \"fmt.Println(\\\"deploying\\\", image)\"").doesNotContain("$F1");
        assertThat(main.steps().get(0).note()).contains("the statement at line 9 of cmd/server/main.go, with line 10 changed");
        assertThat(main.steps().get(1).note()).contains("the statement at line 17 of cmd/server/main.go, with line 18 changed");
        assertThat(main.steps().get(2).note()).contains("line 16 of cmd/server/main.go");
    }

    /** The reviewer's view: of the lines the tree and after/ share around the argument lines, only the guide's lines differ. */
    @Test
    void theArgumentLineStepsChangeOnlyTheirOwnLines() throws IOException {
        List<String> tree = Files.readAllLines(GUIDES.resolve("argument-line/tree/cmd/server/main.go"));
        List<String> after = Files.readAllLines(GUIDES.resolve("argument-line/after/cmd/server/main.go"));
        assertThat(after.subList(9, 12)).containsExactly(tree.get(8), "\t\t\"--port\", strconv.Itoa(port),", tree.get(10));
        assertThat(after.subList(18, 20)).containsExactly(tree.get(16), "\t\tpinnedImage, image)");
    }

    @Test
    void aNewFileIsACreateAndTheYamlStepsAreManual() throws IOException {
        Drafts drafts = draft("new-file-yaml");
        DraftedRecipe health = drafts.recipes().stream().filter(r -> r.fileName().equals("health.yaml")).findFirst().orElseThrow();
        Map<String, Object> loaded = yaml(health.yaml());
        assertThat(loaded).containsOnlyKeys("id", "title", "guide", "create");
        assertThat(loaded.get("create")).isEqualTo(Map.of("path", "internal/api/health.go",
                "code", "package api\n\n// Health reports that the service is up.\nfunc Health() string { return \"ok\" }\n"));
        assertThat(health.steps()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(DraftKind.NEW_FILE);
            assertThat(s.certainty()).isEqualTo(Certainty.DRAFTED);
        });
        assertThat(drafts.manual()).singleElement().satisfies(s -> {
            assertThat(s.certainty()).isEqualTo(Certainty.MANUAL);
            assertThat(s.note()).contains("yaml (line 35)", "shell (line 47)", "no file named");
        });
    }

    @Test
    void theDamagedGuideGivesTheCleanGuidesDraftsWithTheLostBytesTakenFromTheFile() throws IOException {
        Path tree = GUIDES.resolve("damaged/tree");
        String damaged = draft("damaged", "GUIDE.md", Optional.of(tree)).recipes().get(0).yaml();
        String clean = draft("damaged", "clean.md", Optional.of(tree)).recipes().get(0).yaml();
        assertThat(GuideReader.parse("GUIDE.md", Files.readString(GUIDES.resolve("damaged/GUIDE.md"))).repair().left()).isPositive();
        assertThat(body(damaged)).isEqualTo(body(clean).replace("clean.md", "GUIDE.md").replace("clean/", "guide/"));
        assertThat(damaged).contains("fmt.Fprintln(w, \"🏷️ tagging image\")").contains("// ═══════");
    }

    @Test
    void withoutRootTheLostLiteralIsAMetavariableAndTheLostCommentsAreFlagged() throws Exception {
        Drafts drafts = draft("damaged", "GUIDE.md", Optional.empty());
        DraftedRecipe setup = drafts.recipes().get(0);
        assertThat(setup.yaml()).contains("        fmt.Fprintln(w, $_)\n        build(w)\n")
                .contains("No ROOT was given");
        assertThat(setup.steps().get(0).note()).contains("2 comment line(s) of the new code lost bytes");
        assertThat(RecipeLoader.load("setup.yaml", setup.yaml()).edits()).hasSize(2);
    }

    /** The YAML below its header comments, less the checks' `says:` (prose quoted from the guide, damage and all). */
    private static String body(String yaml) {
        return yaml.substring(yaml.indexOf("\nid: ")).replaceAll("\n    says: [^\n]*", "");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(String text) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return to;
    }

    private static void assertSameTree(Path actual, Path expected) throws IOException {
        try (Stream<Path> a = Files.walk(actual); Stream<Path> e = Files.walk(expected)) {
            assertThat(a.filter(Files::isRegularFile).map(p -> actual.relativize(p).toString()).sorted().toList())
                    .isEqualTo(e.filter(Files::isRegularFile).map(p -> expected.relativize(p).toString()).sorted().toList());
        }
        try (Stream<Path> files = Files.walk(expected)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(actual.resolve(expected.relativize(f).toString())).hasSameTextualContentAs(f);
            }
        }
    }
}
