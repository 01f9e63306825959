package dev.gorewrite.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipeCatalogTest {
    private static final String BUILT_IN_TEST_FOLDER = "recipe-catalog/builtin";

    @TempDir
    Path temp;

    @Test
    void readsBuiltInsFromAClassPathFolder() throws Exception {
        RecipeCatalog catalog = builtInsAnd(List.of());

        assertThat(catalog.all()).extracting(Recipe::id).containsExactly("catalog-test/alpha", "catalog-test/beta");
        assertThat(catalog.all()).extracting(Recipe::source).containsExactly(
                "recipe-catalog/builtin/alpha.yaml", "recipe-catalog/builtin/nested/beta.yaml");
    }

    @Test
    void readsBuiltInsFromAJar() throws Exception {
        Path jar = temp.resolve("gorewrite.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // Directory entries as Maven's jar and shade plugins write them.
            out.putNextEntry(new JarEntry("recipes/"));
            out.putNextEntry(new JarEntry("recipes/gateway/"));
            out.putNextEntry(new JarEntry("recipes/gateway/fix.yaml"));
            out.write(recipe("jar/gateway").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry("recipes/FORMAT.md"));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            RecipeCatalog catalog = RecipeCatalog.load(loader, "recipes", List.of());

            assertThat(catalog.all()).extracting(Recipe::id).containsExactly("jar/gateway");
            assertThat(catalog.all().get(0).source()).isEqualTo("recipes/gateway/fix.yaml");
            // The jar's file system is closed again: a second load opens its own.
            assertThat(RecipeCatalog.load(loader, "recipes", List.of()).all()).hasSize(1);
        }
    }

    @Test
    void theRealBuiltInsLoad() throws Exception {
        RecipeCatalog catalog = RecipeCatalog.load(List.of());

        assertThat(catalog.all()).allSatisfy(r -> assertThat(r.source()).startsWith("recipes/"));
    }

    @Test
    void builtInsAreReadOncePerProcessAndCanBePreloaded() throws Exception {
        RecipeCatalog.preloadBuiltIns(); // a second thread starts reading them (at most once)
        RecipeCatalog.preloadBuiltIns();
        RecipeCatalog builtIns = RecipeCatalog.load(List.of());
        Path mine = write("one/gateway.yaml", recipe("user/gateway"));
        RecipeCatalog withMine = RecipeCatalog.load(List.of(mine.getParent()));

        assertThat(builtIns.all()).extracting(Recipe::id).containsExactly(
                "datastorage-image-tag/gateway", "datastorage-image-tag/remediationorchestrator",
                "datastorage-image-tag/signalprocessing");
        assertThat(withMine.all()).extracting(Recipe::id).containsExactly(
                "datastorage-image-tag/gateway", "datastorage-image-tag/remediationorchestrator",
                "datastorage-image-tag/signalprocessing", "user/gateway");
        for (Recipe r : builtIns.all()) {
            assertThat(withMine.find(r.id()).orElseThrow()).isSameAs(r);
        }
    }

    @Test
    void userFoldersAddTheirYamlAndYmlFilesNamedAsGiven() throws Exception {
        Path one = write("one/gateway.yaml", recipe("user/gateway"));
        write("one/deeper/notifier.yml", recipe("user/notifier"));
        write("one/README.md", "not a recipe");

        RecipeCatalog catalog = builtInsAnd(List.of(one.getParent()));

        assertThat(catalog.all()).extracting(Recipe::id).containsExactly(
                "catalog-test/alpha", "catalog-test/beta", "user/gateway", "user/notifier");
        assertThat(catalog.find("user/notifier").orElseThrow().source())
                .isEqualTo(temp.resolve("one/deeper/notifier.yml").toString());
        assertThat(catalog.find("user/none")).isEmpty();
    }

    @Test
    void duplicateIdNamesBothFiles() throws Exception {
        Path first = write("one/a.yaml", recipe("user/gateway"));
        Path second = write("two/b.yaml", "# the same id again\n" + recipe("user/gateway"));

        assertThatThrownBy(() -> builtInsAnd(List.of(first.getParent(), second.getParent())))
                .isInstanceOfSatisfying(RecipeException.class, e -> assertThat(e.problems())
                        .extracting(RecipeProblem::toString)
                        .containsExactly(second + ":2: id: duplicate recipe id 'user/gateway', also in " + first
                                + ":1; give each recipe its own id"));
    }

    @Test
    void duplicateOfABuiltInIdIsAnError() throws Exception {
        Path mine = write("one/alpha.yaml", recipe("catalog-test/alpha"));

        assertThatThrownBy(() -> builtInsAnd(List.of(mine.getParent())))
                .isInstanceOfSatisfying(RecipeException.class, e -> assertThat(e.problems())
                        .extracting(RecipeProblem::toString)
                        .containsExactly(mine + ":1: id: duplicate recipe id 'catalog-test/alpha', also in"
                                + " recipe-catalog/builtin/alpha.yaml:2; give each recipe its own id"));
    }

    @Test
    void missingFolderAndBadFilesAreAllReported() throws Exception {
        Path missing = temp.resolve("nowhere");
        Path bad = write("one/bad.yaml", recipe("user/bad").replace("title: T", "titel: T"));

        assertThatThrownBy(() -> builtInsAnd(List.of(missing, bad.getParent())))
                .isInstanceOfSatisfying(RecipeException.class, e -> assertThat(e.problems())
                        .extracting(RecipeProblem::toString)
                        .containsExactly(
                                missing + ": no such file or folder",
                                bad + ":1: missing required key 'title'",
                                bad + ":2: titel: unknown key 'titel'; expected one of: id, title, guide, files, imports,"
                                        + " edits, checks, create; did you mean 'title'?"));
    }

    @Test
    void aFileNamedDirectlyIsOneRecipeWhateverItsName() throws Exception {
        Path file = write("lint.recipe", recipe("user/lint"));
        Path folder = write("more/gateway.yaml", recipe("user/gateway")).getParent();

        RecipeCatalog catalog = builtInsAnd(List.of(file, folder));

        assertThat(catalog.user()).extracting(Recipe::id).containsExactly("user/gateway", "user/lint");
        assertThat(catalog.find("user/lint").orElseThrow().source()).isEqualTo(file.toString());
        assertThat(catalog.all()).extracting(Recipe::id).containsExactly(
                "catalog-test/alpha", "catalog-test/beta", "user/gateway", "user/lint");
        assertThat(builtInsAnd(List.of()).user()).isEmpty();
    }

    @Test
    void aFolderWithoutRecipeFilesIsAnError() throws Exception {
        Path empty = write("empty/README.md", "no recipes here").getParent();

        assertThatThrownBy(() -> builtInsAnd(List.of(empty)))
                .isInstanceOfSatisfying(RecipeException.class, e -> assertThat(e.problems())
                        .extracting(RecipeProblem::toString)
                        .containsExactly(empty + ": no recipe files (*.yaml, *.yml) in this folder"));
    }

    @Test
    void selectKeepsTheOrderGivenAndRejectsUnknownIds() throws Exception {
        RecipeCatalog catalog = builtInsAnd(List.of());

        assertThat(catalog.select(List.of("catalog-test/beta", "catalog-test/alpha", "catalog-test/beta")))
                .extracting(Recipe::id).containsExactly("catalog-test/beta", "catalog-test/alpha");
        assertThatThrownBy(() -> catalog.select(List.of("catalog-test/alpha", "gateway")))
                .isInstanceOfSatisfying(RecipeException.class, e -> assertThat(e.problems())
                        .extracting(RecipeProblem::toString).containsExactly(
                                "--recipe gateway: no such recipe; known: catalog-test/alpha, catalog-test/beta"));
    }

    private RecipeCatalog builtInsAnd(List<Path> userDirs) throws RecipeException {
        return RecipeCatalog.load(getClass().getClassLoader(), BUILT_IN_TEST_FOLDER, userDirs);
    }

    private Path write(String relative, String text) throws IOException {
        Path file = temp.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static String recipe(String id) {
        return """
                id: %s
                title: T
                guide: G
                files: "**/*.go"
                edits:
                  - {guide: g, delete: f()}
                """.formatted(id);
    }
}
