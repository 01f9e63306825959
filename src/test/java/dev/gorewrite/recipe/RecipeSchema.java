package dev.gorewrite.recipe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** recipes/recipe.schema.json, and recipe YAML read as the JSON an editor's YAML language server validates. */
final class RecipeSchema {
    static final Path FILE = Path.of("recipes/recipe.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode json;
    private final Schema schema;

    private RecipeSchema(JsonNode json) {
        this.json = json;
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(json);
    }

    static RecipeSchema load() {
        try {
            return new RecipeSchema(JSON.readTree(Files.readString(FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode json() {
        return json;
    }

    /** What the schema finds wrong with {@code recipe}, one line each; none when it is valid. */
    List<String> errors(JsonNode recipe) {
        return schema.validate(recipe).stream().map(Error::toString).toList();
    }

    /** {@code yaml} as JSON, read as the loader reads it (YAML 1.2 core schema, so `yes` is a string). */
    static JsonNode fromYaml(String yaml) {
        Object value = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(yaml);
        return JSON.valueToTree(value);
    }

    static String text(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
