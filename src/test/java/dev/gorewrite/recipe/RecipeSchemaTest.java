package dev.gorewrite.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * recipes/recipe.schema.json against the loader, so that the two cannot drift apart unseen: what
 * the loader reads the schema accepts, the schema's examples load, and the broken recipes of
 * RecipeLoaderProblemsTest are rejected by both (or, where no JSON Schema can say the rule, the
 * schema's limit is written down here).
 */
class RecipeSchemaTest {
    private static final RecipeSchema SCHEMA = RecipeSchema.load();
    private static final String SCHEMA_LINE = "# yaml-language-server: $schema=";

    /** Every recipe file of the repository: the built-in recipes and the golden cases' recipes. */
    static Stream<Path> recipeFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("recipes"), Path.of("src/test/resources/cases"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recipeFiles")
    void everyRecipeThatLoadsIsValidByTheSchema(Path file) throws Exception {
        String yaml = Files.readString(file);
        RecipeLoader.load(file.toString(), yaml);

        assertThat(SCHEMA.errors(RecipeSchema.fromYaml(yaml))).as(file.toString()).isEmpty();
    }

    @Test
    void theSchemasExamplesLoad() throws Exception {
        JsonNode examples = SCHEMA.json().get("examples");
        assertThat(examples).hasSizeGreaterThanOrEqualTo(2);
        for (JsonNode example : examples) {
            assertThat(SCHEMA.errors(example)).as(example.get("id").asText()).isEmpty();
            // JSON is YAML: the loader reads the example as it stands in the schema.
            Recipe recipe = RecipeLoader.load("schema example", RecipeSchema.text(example));
            assertThat(recipe.id()).isEqualTo(example.get("id").asText());
            assertThat(recipe.edits()).hasSize(example.has("edits") ? example.get("edits").size() : 0);
        }
    }

    static Stream<Path> builtInRecipeFiles() throws IOException {
        return recipeFiles().filter(p -> p.startsWith("recipes"));
    }

    /** For editors: the YAML language server reads the schema from this comment, which the loader skips. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInRecipeFiles")
    void builtInRecipesNameTheSchemaOnTheirFirstLine(Path file) throws IOException {
        String first = Files.readAllLines(file).get(0);
        assertThat(first).startsWith(SCHEMA_LINE);
        Path schema = file.getParent().resolve(first.substring(SCHEMA_LINE.length())).normalize();
        assertThat(schema).isEqualTo(RecipeSchema.FILE);
    }

    /** The broken recipes of RecipeLoaderProblemsTest (by its test names) that the schema rejects too. */
    static Stream<BrokenRecipe> brokenRecipes() {
        return BrokenRecipe.ALL.stream().filter(BrokenRecipe::schemaCanSay);
    }

    /** The rest: rules about Go code, bindings, globs and uniqueness, which only the loader checks. */
    static Stream<BrokenRecipe> beyondTheSchema() {
        return BrokenRecipe.ALL.stream().filter(b -> !b.schemaCanSay());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRecipes")
    void theSchemaRejectsTheLoadersBrokenRecipes(BrokenRecipe broken) {
        assertThat(loaderProblems(broken.yaml())).as("the loader rejects it").isNotEmpty();
        assertThat(SCHEMA.errors(RecipeSchema.fromYaml(broken.yaml()))).as("the schema rejects it")
                .anySatisfy(error -> assertThat(error).contains(broken.schemaError()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("beyondTheSchema")
    void whatOnlyTheLoaderChecks(BrokenRecipe broken) {
        assertThat(loaderProblems(broken.yaml())).as("the loader rejects it").isNotEmpty();
        assertThat(SCHEMA.errors(RecipeSchema.fromYaml(broken.yaml())))
                .as("the schema passes it; if it now rejects it, mark it schemaCanSay").isEmpty();
    }

    private static List<String> loaderProblems(String yaml) {
        try {
            RecipeLoader.load("r.yaml", yaml);
            return List.of();
        } catch (RecipeException e) {
            return e.problems().stream().map(RecipeProblem::toString).toList();
        }
    }
}
