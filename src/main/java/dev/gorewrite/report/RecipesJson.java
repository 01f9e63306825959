package dev.gorewrite.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.gorewrite.recipe.Check;
import dev.gorewrite.recipe.EditKind;
import dev.gorewrite.recipe.EditStep;
import dev.gorewrite.recipe.Recipe;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** `recipes --json`: each recipe as tools need it, its edits by guide line and kind, its checks. */
public final class RecipesJson {
    private RecipesJson() {}

    public static void write(OutputStream out, List<Recipe> recipes) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("recipes");
            for (Recipe r : recipes) {
                writeRecipe(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeRecipe(JsonGenerator g, Recipe r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("title", r.title());
        g.writeStringField("guide", r.guide());
        g.writeArrayFieldStart("files");
        for (String glob : r.files()) {
            g.writeString(glob);
        }
        g.writeEndArray();
        g.writeStringField("source", r.source());
        g.writeStringField("create", r.create().map(c -> c.path()).orElse(null));
        g.writeArrayFieldStart("edits");
        for (EditStep e : r.edits()) {
            g.writeStartObject();
            g.writeStringField("guide", e.guide());
            g.writeStringField("kind", kind(e.kind()));
            g.writeBooleanField("optional", e.optional());
            g.writeEndObject();
        }
        g.writeEndArray();
        writeChecks(g, r.checks());
        g.writeEndObject();
    }

    private static void writeChecks(JsonGenerator g, List<Check> checks) throws IOException {
        g.writeArrayFieldStart("checks");
        for (Check c : checks) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("says", c.says());
            g.writeStringField("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static String kind(EditKind kind) {
        return kind.key();
    }
}
