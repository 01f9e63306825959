package dev.gorewrite.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The recipe key `imports`: names with their paths, `add` and `remove`, and what is not one. */
class RecipeImportsLoaderTest {
    private static final String HEAD = """
            id: test/imports
            title: t
            guide: g
            files: "**/*.go"
            edits:
              - guide: e
                replace: {from: a(), to: b()}
            """;

    @Test
    void namesAddAndRemoveAreRead() throws Exception {
        Recipe r = RecipeLoader.load("r.yaml", HEAD + """
                imports:
                  slices: golang.org/x/exp/slices
                  add: [embed, "_ example.com/driver", ". strings"]
                  remove: [io/ioutil]
                """);

        assertThat(r.imports().names()).isEqualTo(Map.of("slices", "golang.org/x/exp/slices"));
        assertThat(r.imports().add()).containsExactly(new RecipeImports.Spec("", "embed"),
                new RecipeImports.Spec("_", "example.com/driver"), new RecipeImports.Spec(".", "strings"));
        assertThat(r.imports().remove()).containsExactly("io/ioutil");
        assertThat(RecipeLoader.load("r.yaml", HEAD).imports()).isEqualTo(RecipeImports.NONE);
    }

    @Test
    void whatIsNotAnImportIsReportedWithItsPlace() {
        assertThatThrownBy(() -> RecipeLoader.load("r.yaml", HEAD + """
                imports:
                  os: "o s"
                  _: blank
                  add: ["a b c"]
                  remove: dir
                """)).isInstanceOfSatisfying(RecipeException.class, e -> assertThat(e.problems())
                .extracting(RecipeProblem::toString).containsExactly(
                        "r.yaml:9: imports.os: 'o s' is not an import path (no blanks, quotes or backslashes)",
                        "r.yaml:10: imports._: '_' is not a package name: write the name the code uses before the dot,"
                                + " as in os: os or yaml: gopkg.in/yaml.v3",
                        "r.yaml:11: imports.add[0]: 'a b c' is not an import: write a path, or a name and a path"
                                + " (_ embed, kinfra example.com/infra)",
                        "r.yaml:12: imports.remove: expected a list, found a string"));
        assertThatThrownBy(() -> RecipeLoader.load("r.yaml", HEAD + "imports: [os]\n"))
                .hasMessageContaining("r.yaml:8: imports: expected a mapping of package names to import paths");
    }

    /** The example of recipes/FORMAT.md's Imports section is what the loader reads. */
    @Test
    void formatMdsImportsExampleLoads() throws Exception {
        String format = Files.readString(Path.of("recipes/FORMAT.md"));
        String section = format.substring(format.indexOf("## Imports"), format.indexOf("## Schema"));
        int start = section.indexOf("```yaml\n") + "```yaml\n".length();
        Recipe r = RecipeLoader.load("FORMAT.md", HEAD + section.substring(start, section.indexOf("```", start)));

        assertThat(r.imports().names()).containsOnlyKeys("slices", "yaml");
        assertThat(r.imports().add()).extracting(RecipeImports.Spec::goText)
                .isEqualTo(List.of("_ \"embed\"", "kinfra \"example.com/test/infrastructure\""));
        assertThat(r.imports().remove()).containsExactly("example.com/legacy/register");
    }
}
