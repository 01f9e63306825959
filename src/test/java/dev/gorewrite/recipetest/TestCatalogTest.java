package dev.gorewrite.recipetest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.recipe.RecipeProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How recipe tests are found, in a folder and in a jar, and what is reported about a malformed one. */
class TestCatalogTest {
    private static final String RECIPE = "id: demo/x\ntitle: T\nguide: G\nfiles: \"*.go\"\nedits:\n  - {guide: g, delete: f()}\n";

    @TempDir
    Path dir;

    @Test
    void casesAreTheFoldersOfTheRecipesDotTestsFolder() throws IOException {
        write("a/x.yaml", RECIPE);
        write("a/x.tests/one/before.go", "package p\n");
        write("a/x.tests/one/after.go", "package q\n");
        write("a/x.tests/two/before.go", "package p\n");
        write("a/x.tests/two/expect.txt", "# a note\nalready-applied\nproblem: drifted\n");
        write("b/untested.yml", RECIPE);
        List<RecipeProblem> problems = new ArrayList<>();

        List<RecipeTests> found = TestCatalog.read(RecipeTree.Folder.of(dir), problems);

        assertThat(problems).isEmpty();
        assertThat(found).extracting(RecipeTests::recipeFile).containsExactly(
                dir.resolve("a/x.yaml").toString(), dir.resolve("b/untested.yml").toString());
        List<TestCase> cases = found.get(0).cases();
        assertThat(cases).extracting(TestCase::name).containsExactly("one", "two");
        assertThat(cases.get(0).after()).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("package q\n"));
        assertThat(cases.get(0).afterFile()).contains(dir.resolve("a/x.tests/one/after.go"));
        assertThat(cases.get(1).after()).isEmpty();
        assertThat(cases.get(1).expect()).isEqualTo(new Expectation(List.of("already-applied"), List.of("drifted")));
        assertThat(found.get(1).cases()).isEmpty();
    }

    @Test
    void malformedCasesAreReportedEachWithItsPlace() throws IOException {
        write("x.yaml", RECIPE);
        write("x.tests/no-before/after.go", "package p\n");
        write("x.tests/loose.go", "package p\n");
        write("x.tests/both/before.go", "package p\n");
        write("x.tests/both/after.go", "package p\n");
        write("x.tests/both/expect.txt", "problem: drifted\n");
        write("orphan.tests/c/before.go", "package p\n");
        List<RecipeProblem> problems = new ArrayList<>();

        List<RecipeTests> found = TestCatalog.read(RecipeTree.Folder.of(dir), problems);

        assertThat(problems).extracting(RecipeProblem::toString).containsExactlyInAnyOrder(
                dir.resolve("orphan.tests") + ": tests without their recipe: expected " + dir.resolve("orphan.yaml") + " beside it",
                dir.resolve("x.tests/loose.go") + ": not part of a case: a case is a folder x.tests/CASE/ holding"
                        + " before.go and maybe after.go and expect.txt",
                dir.resolve("x.tests/no-before") + ": no before.go: a case needs the file the recipe runs on",
                dir.resolve("x.tests/both/expect.txt") + ": problem: lines say the recipe refuses the file, but"
                        + " after.go says what it becomes; keep one");
        assertThat(found).singleElement().satisfies(t -> assertThat(t.cases()).isEmpty());
    }

    @Test
    void aRecipeFileOrItsTestsFolderSelectsThatRecipeAlone() throws IOException {
        write("x.yaml", RECIPE);
        write("x.tests/c/before.go", "package p\n");
        write("y.yaml", RECIPE.replace("demo/x", "demo/y"));
        write("y.tests/broken.go", "not a case\n");
        for (Path path : List.of(dir.resolve("x.yaml"), dir.resolve("x.tests"))) {
            List<RecipeProblem> problems = new ArrayList<>();
            RecipeTree tree = TestPaths.tree(path, problems).orElseThrow();

            assertThat(TestCatalog.read(tree, problems)).extracting(RecipeTests::recipeFile)
                    .containsExactly(dir.resolve("x.yaml").toString());
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void builtInTestsAreReadFromAJarAndNeverWritten() throws IOException {
        Path jar = dir.resolve("g.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // Folders have entries of their own in a jar that Maven builds; the class loader finds recipes/ by it.
            entry(out, "recipes/", "");
            entry(out, "recipes/demo/x.yaml", RECIPE);
            entry(out, "recipes/demo/x.tests/c/before.go", "package p\n\nfunc g() { f() }\n");
            entry(out, "recipes/demo/x.tests/c/after.go", "package p\n\nfunc g() {}\n");
        }
        List<RecipeProblem> problems = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<RecipeTree> trees = BuiltInTests.trees(loader, problems);
            assertThat(trees).singleElement().isInstanceOf(RecipeTree.Jar.class);

            List<Suite> suites = Suite.load(trees, problems);

            assertThat(problems).isEmpty();
            Suite suite = suites.get(0);
            assertThat(suite.recipe().source()).isEqualTo("recipes/demo/x.yaml");
            TestCase c = suite.cases().get(0);
            assertThat(c.place()).isEqualTo("recipes/demo/x.tests/c");
            assertThat(c.afterFile()).isEmpty();
            assertThat(new String(c.before(), StandardCharsets.UTF_8)).contains("f()");
        }
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void entry(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream body = out;
        body.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
